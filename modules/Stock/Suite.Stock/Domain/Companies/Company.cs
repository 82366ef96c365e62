using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Companies;

/// <summary>
/// Stock's own copy of a Crm client company, under the same id, kept current from Crm's events (and once from its
/// backfill): the shipment's company picker and the names on documents and reservations read it.
/// </summary>
public sealed class Company : Entity, IOwnedRecord
{
    public static string ViewAllPermission => StockPermissions.Sales.ViewAll;

    private Company()
    {
        Name = null!;
        SearchText = null!;
    }

    public Company(Guid companyId)
    {
        Id = companyId;
        Name = null!;
        SearchText = null!;
    }

    public string Name { get; private set; }
    public string? TaxId { get; private set; }
    public Guid OwnerId { get; private set; }
    public bool IsDeleted { get; private set; }

    /// <summary>When Crm made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Name and tax id in lower case, for the picker's search.</summary>
    public string SearchText { get; private set; }

    /// <returns>False when the copy already reflects a newer change.</returns>
    public bool Apply(string name, string? taxId, Guid ownerId, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return false;
        Name = name;
        TaxId = taxId;
        OwnerId = ownerId;
        ChangedAt = changedAt;
        SearchText = $"{name} {taxId}".ToLowerInvariant();
        return true;
    }

    public void MarkDeleted(DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        IsDeleted = true;
        ChangedAt = changedAt;
    }
}
