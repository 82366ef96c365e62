namespace Suite.Tasks.Domain.Rules;

/// <summary>The events a rule can be triggered by, by their integration event names.</summary>
public static class RuleTriggers
{
    public const string DealStageChanged = "Crm.Deal.StageChanged";
    public const string LeadCreated = "Crm.Lead.Created";
    public const string DealWon = "Crm.Deal.Won";
    public const string InvoiceOverdue = "Finance.Invoice.Overdue";
    public const string ProductBelowMinimum = "Stock.Product.BelowMinimum";

    public static readonly IReadOnlyList<string> All = [DealStageChanged, LeadCreated, DealWon, InvoiceOverdue, ProductBelowMinimum];

    /// <summary>A product has no owner: its rules must name a user or a role.</summary>
    public static bool HasOwner(string trigger) => trigger != ProductBelowMinimum;
}
