using Suite.Framework.Domain;

namespace Suite.Tasks.Domain.Cards;

/// <summary>
/// Tasks' own copy of a record tasks hang on (a Crm deal, company, contact or lead, an invoice, a product), under the
/// record's id, kept current from its module's events: its name for the task list, its owner for the record rule
/// ("a sales user sees the tasks on cards they own") and, for a deal, whether it is open (the daily "deal without a
/// next step" check). Owner Guid.Empty: a record without an owner (a product).
/// </summary>
public sealed class Card : IOwnedRecord
{
    public static string ViewAllPermission => TasksPermissions.Tasks.ViewAll;

    private Card()
    {
        EntityType = null!;
        Title = null!;
    }

    public Card(string entityType, Guid id)
    {
        Id = id;
        EntityType = entityType;
        Title = "";
    }

    public Guid Id { get; private set; }

    /// <summary>One of <see cref="Tasks.CardReference.Types"/>.</summary>
    public string EntityType { get; private set; }

    public string Title { get; private set; }
    public Guid OwnerId { get; private set; }

    /// <summary>The company of a deal, contact or invoice, for the rules' merge fields.</summary>
    public Guid? CompanyId { get; private set; }

    /// <summary>A deal still in work (not won, lost or deleted).</summary>
    public bool IsOpenDeal { get; private set; }

    public Guid? PipelineId { get; private set; }
    public Guid? StageId { get; private set; }
    public decimal? Amount { get; private set; }
    public bool IsDeleted { get; private set; }

    /// <summary>When the owner module made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <returns>False when the copy already reflects a newer change.</returns>
    public bool Apply(string title, Guid ownerId, Guid? companyId, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return false;
        Title = title;
        OwnerId = ownerId;
        CompanyId = companyId;
        IsDeleted = false;
        ChangedAt = changedAt;
        return true;
    }

    /// <summary>A deal's place in its pipeline; <paramref name="isOpen"/> false once it is won or lost.</summary>
    public void ApplyDeal(Guid pipelineId, Guid stageId, decimal amount, bool isOpen)
    {
        PipelineId = pipelineId;
        StageId = stageId;
        Amount = amount;
        IsOpenDeal = isOpen;
    }

    /// <summary>The company this record belonged to was merged into <paramref name="companyId"/>.</summary>
    public void MoveToCompany(Guid companyId) => CompanyId = companyId;

    public void Delete(DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        IsDeleted = true;
        IsOpenDeal = false;
        ChangedAt = changedAt;
    }
}
