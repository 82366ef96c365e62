namespace Suite.Crm.Application.SalesPlans;

/// <summary>The body of creating or changing a sales plan.</summary>
internal sealed record SalesPlanInput
{
    /// <summary>"2026-12" or "2026-Q4".</summary>
    public string? Period { get; init; }

    /// <summary>The manager; null (or missing) for the team's plan.</summary>
    public Guid? OwnerId { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }
}
