using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Customers;

/// <summary>
/// Finance's own copy of a Crm company, under the same id, kept current from Crm's events. Invoices read
/// the client's name and tax id from here, never from Crm's tables.
/// </summary>
public sealed class Customer : Entity, IOwnedRecord
{
    public static string ViewAllPermission => FinancePermissions.Invoices.ViewAll;

    private Customer()
    {
        Name = null!;
        SearchText = null!;
    }

    public Customer(Guid companyId)
    {
        Id = companyId;
        Name = null!;
        SearchText = null!;
    }

    public string Name { get; private set; }
    public string? TaxId { get; private set; }
    public string? Kpp { get; private set; }
    public string? Address { get; private set; }
    public bool IsDeleted { get; private set; }

    /// <summary>The manager who owns the client in Crm; sales see and invoice their own clients only.</summary>
    public Guid OwnerId { get; private set; }

    /// <summary>When Crm made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public string SearchText { get; private set; }

    /// <returns>False when the copy already reflects a newer change.</returns>
    public bool Apply(string name, string? taxId, string? kpp, string? address, Guid ownerId, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return false;
        OwnerId = ownerId;
        Name = name;
        TaxId = taxId;
        Kpp = kpp;
        Address = address;
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
