using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Timeline;

/// <summary>
/// One line of a card's history: something that happened to a company, contact, deal or lead. The timeline is a
/// read model: most items are written by handlers of integration events, comments, calls and meetings by the user.
/// An item belongs to one entity and, when that entity is a client's deal or contact, also to the client's
/// company (<see cref="CompanyId"/>), so the company card shows the whole relationship.
/// </summary>
public sealed class TimelineItem : Entity
{
    private TimelineItem()
    {
        EntityType = null!;
        Kind = null!;
        Details = null!;
    }

    /// <param name="id">Handlers pass an id derived from the event, so a second delivery finds the item already there.</param>
    public TimelineItem(Guid id, string entityType, Guid entityId, Guid? companyId, DateTimeOffset occurredAt, string kind,
        string? title, string details, Guid? userId)
    {
        Id = id;
        EntityType = entityType;
        EntityId = entityId;
        CompanyId = entityType == TimelineEntityTypes.Company ? entityId : companyId;
        OccurredAt = occurredAt;
        Kind = kind;
        Title = title;
        Details = details;
        UserId = userId;
    }

    /// <summary>company, contact, deal or lead (<see cref="TimelineEntityTypes"/>).</summary>
    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>The client company the item concerns: the entity itself for a company, the deal's or contact's company otherwise.</summary>
    public Guid? CompanyId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>What happened (<see cref="TimelineKinds"/>); other modules' handlers add their own kinds.</summary>
    public string Kind { get; private set; }

    /// <summary>The subject the item is about (a deal's title, a meeting's subject), shown in its heading.</summary>
    public string? Title { get; private set; }

    /// <summary>A JSON object whose shape depends on <see cref="Kind"/>, e.g. <c>{"changes":[{"field","oldValue","newValue"}]}</c>.</summary>
    public string Details { get; private set; }

    /// <summary>Who did it; null when the system did.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>What the item said about a person goes (a 152-FZ request); that something happened, and when, stays.</summary>
    public void ErasePersonalData()
    {
        Title = null;
        Details = ErasedDetails;
    }

    public const string ErasedDetails = "{\"erased\":true}";

    /// <summary>A duplicate company was merged into <paramref name="companyId"/>: its history now belongs there.</summary>
    public void MoveToCompany(Guid mergedCompanyId, Guid companyId)
    {
        if (EntityType == TimelineEntityTypes.Company && EntityId == mergedCompanyId)
            EntityId = companyId;
        if (CompanyId == mergedCompanyId)
            CompanyId = companyId;
    }
}

public static class TimelineEntityTypes
{
    public const string Company = "company";
    public const string Contact = "contact";
    public const string Deal = "deal";
    public const string Lead = "lead";

    public static readonly IReadOnlyList<string> All = [Company, Contact, Deal, Lead];
}

/// <summary>The kinds Crm writes itself. Other modules' handlers add theirs ("invoice", "payment", "shipment"…).</summary>
public static class TimelineKinds
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string StageChanged = "stageChanged";
    public const string Won = "won";
    public const string Lost = "lost";
    public const string Reopened = "reopened";
    public const string OwnerChanged = "ownerChanged";
    public const string Merged = "merged";
    public const string Converted = "converted";
    public const string Comment = "comment";
    public const string Call = "call";
    public const string Meeting = "meeting";

    /// <summary>An e-mail to or from the client, logged on the card by hand like a call.</summary>
    public const string Email = "email";
}
