namespace Suite.Crm.Domain.Settings;

/// <summary>What counts as the fact a sales plan is measured against.</summary>
public enum SalesPlanBasis
{
    /// <summary>The amount of the deals won in the period, for their owner.</summary>
    WonDeals,

    /// <summary>The payments applied in the period to invoices of the owner's deals.</summary>
    PaidInvoices,
}
