using System.Globalization;
using Scriban.Runtime;
using Suite.Tasks.Domain.Rules;

namespace Suite.Tasks.Templates;

/// <summary>
/// What a rule's templates see, per trigger, as plain script objects (never live .NET objects): a stage change or a
/// won deal shows <c>deal</c>, <c>company</c> and <c>owner</c>; a new lead <c>lead</c> and <c>owner</c>; an overdue
/// invoice <c>invoice</c>, <c>company</c>, <c>deal</c> and <c>owner</c>; a product below its minimum <c>product</c>.
/// Every field is present (null when the event and Tasks' copies do not know it), so an unknown name is refused.
/// </summary>
internal static class RuleTemplateModel
{
    /// <summary>The objects of <paramref name="trigger"/>'s model with every field empty, to check a template against.</summary>
    public static ScriptObject Empty(string trigger) => trigger switch
    {
        RuleTriggers.DealStageChanged or RuleTriggers.DealWon => Of(("deal", Deal(null, null, null)), ("company", Company(null)), ("owner", Owner(null))),
        RuleTriggers.LeadCreated => Of(("lead", Lead(null, null, null, null, null)), ("owner", Owner(null))),
        RuleTriggers.InvoiceOverdue => Of(("invoice", Invoice(null, null, null, null)), ("company", Company(null)),
            ("deal", Deal(null, null, null)), ("owner", Owner(null))),
        RuleTriggers.ProductBelowMinimum => Of(("product", Product(null, null, null, null))),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Not a rule trigger."),
    };

    public static ScriptObject Of(params (string Name, ScriptObject Value)[] parts)
    {
        var model = new ScriptObject();
        foreach (var (name, value) in parts)
            model[name] = value;
        return model;
    }

    public static ScriptObject Deal(string? title, decimal? amount, string? currency) => new()
    {
        ["title"] = title, ["amount"] = amount, ["currency"] = currency,
    };

    public static ScriptObject Company(string? name) => new() { ["name"] = name };

    public static ScriptObject Owner(string? name) => new() { ["name"] = name };

    public static ScriptObject Lead(string? title, string? name, string? phone, string? email, string? companyName) => new()
    {
        ["title"] = title, ["name"] = name, ["phone"] = phone, ["email"] = email, ["company_name"] = companyName,
    };

    public static ScriptObject Invoice(string? number, decimal? total, decimal? amountDue, DateOnly? dueDate) => new()
    {
        ["number"] = number, ["total"] = total, ["amount_due"] = amountDue,
        // Printed Russian-style, as Docs' templates print dates.
        ["due_date"] = dueDate?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
    };

    public static ScriptObject Product(string? name, string? sku, decimal? available, decimal? minimum) => new()
    {
        ["name"] = name, ["sku"] = sku, ["available"] = available, ["minimum"] = minimum,
    };
}
