using Suite.Framework.Domain;

namespace Suite.Docs.Domain.Cards;

/// <summary>
/// Docs' own copy of a record that documents and attachments hang on (a Crm company, contact, deal or lead, an issued
/// invoice, a posted shipment, a product), under the owner's id, kept current from the owner's events. What a document
/// prints from it is <see cref="Data"/>, the JSON of one of the records in CardData.cs; who may see it is
/// <see cref="OwnerId"/> (Guid.Empty: a record without an owner, such as a shipment, which everyone with the
/// permission sees).
/// </summary>
public sealed class Card : IOwnedRecord
{
    public static string ViewAllPermission => DocsPermissions.Documents.ViewAll;

    private Card()
    {
        EntityType = null!;
        Title = null!;
        Data = null!;
    }

    public Card(string entityType, Guid id)
    {
        Id = id;
        EntityType = entityType;
        Title = "";
        Data = "{}";
    }

    public Guid Id { get; private set; }

    /// <summary>One of <see cref="CardTypes"/>.</summary>
    public string EntityType { get; private set; }

    /// <summary>How the card is named on screen: the company's name, the deal's title, "Счёт № СЧ-2026-000001".</summary>
    public string Title { get; private set; }

    public Guid OwnerId { get; private set; }
    public Guid? CompanyId { get; private set; }
    public Guid? DealId { get; private set; }
    public string Data { get; private set; }
    public bool IsDeleted { get; private set; }

    /// <summary>When the owner module made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <returns>False when the copy already reflects a newer change.</returns>
    public bool Apply(string title, Guid ownerId, Guid? companyId, Guid? dealId, string data, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return false;
        Title = title;
        OwnerId = ownerId;
        CompanyId = companyId;
        DealId = dealId;
        Data = data;
        IsDeleted = false;
        ChangedAt = changedAt;
        return true;
    }

    /// <summary>A change the event carries only part of (a deal won, an owner handed over).</summary>
    public void Change(Guid ownerId, string data, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        OwnerId = ownerId;
        Data = data;
        ChangedAt = changedAt;
    }

    public void MoveToCompany(Guid companyId) => CompanyId = companyId;

    public void MarkDeleted(DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        IsDeleted = true;
        ChangedAt = changedAt;
    }
}
