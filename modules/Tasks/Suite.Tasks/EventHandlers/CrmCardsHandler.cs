using Microsoft.EntityFrameworkCore;
using Suite.Crm.Events;
using Suite.Framework.Events;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.EventHandlers;

/// <summary>
/// Keeps Tasks' copies of Crm's companies, contacts, deals and leads (titles for the task list, owners for the record
/// rule, a deal's pipeline, stage and whether it is open); events may arrive late or twice, and a backfill re-publishes
/// them all once.
/// </summary>
internal sealed class CrmCardsHandler(TasksDbContext db) :
    IIntegrationEventHandler<CompanyCreatedEto>,
    IIntegrationEventHandler<CompanyUpdatedEto>,
    IIntegrationEventHandler<CompanyRepublishedEto>,
    IIntegrationEventHandler<CompanyDeletedEto>,
    IIntegrationEventHandler<CompanyMergedEto>,
    IIntegrationEventHandler<ContactCreatedEto>,
    IIntegrationEventHandler<ContactUpdatedEto>,
    IIntegrationEventHandler<DealCreatedEto>,
    IIntegrationEventHandler<DealUpdatedEto>,
    IIntegrationEventHandler<DealRepublishedEto>,
    IIntegrationEventHandler<DealStageChangedEto>,
    IIntegrationEventHandler<DealWonEto>,
    IIntegrationEventHandler<DealLostEto>,
    IIntegrationEventHandler<DealDeletedEto>,
    IIntegrationEventHandler<LeadCreatedEto>
{
    private const string Company = "company";
    private const string Contact = "contact";
    private const string Deal = "deal";
    private const string Lead = "lead";

    public Task HandleAsync(CompanyCreatedEto e, CancellationToken ct) => db.ApplyAsync(Company, e.CompanyId, e.Name, e.OwnerId, e.CompanyId, e.ChangedAt, ct);

    public Task HandleAsync(CompanyUpdatedEto e, CancellationToken ct) => db.ApplyAsync(Company, e.CompanyId, e.Name, e.OwnerId, e.CompanyId, e.ChangedAt, ct);

    public Task HandleAsync(CompanyRepublishedEto e, CancellationToken ct) => db.ApplyAsync(Company, e.CompanyId, e.Name, e.OwnerId, e.CompanyId, e.ChangedAt, ct);

    public Task HandleAsync(CompanyDeletedEto e, CancellationToken ct) => db.DeleteAsync(e.CompanyId, e.ChangedAt, ct);

    /// <summary>Crm moves the merged company's contacts and deals without events of their own; its tasks follow it too.</summary>
    public async Task HandleAsync(CompanyMergedEto e, CancellationToken ct)
    {
        foreach (var card in await db.Cards.Where(c => c.CompanyId == e.MergedCompanyId).ToListAsync(ct))
            card.MoveToCompany(e.CompanyId);
        foreach (var task in await db.Tasks.Where(t => t.EntityType == Company && t.EntityId == e.MergedCompanyId).ToListAsync(ct))
            task.MoveToCard(new CardReference(Company, e.CompanyId));
        await db.DeleteAsync(e.MergedCompanyId, e.ChangedAt, ct);
    }

    public Task HandleAsync(ContactCreatedEto e, CancellationToken ct) =>
        db.ApplyAsync(Contact, e.ContactId, FullName(e.FirstName, e.LastName), e.OwnerId, e.CompanyId, e.ChangedAt, ct);

    public Task HandleAsync(ContactUpdatedEto e, CancellationToken ct) =>
        db.ApplyAsync(Contact, e.ContactId, FullName(e.FirstName, e.LastName), e.OwnerId, e.CompanyId, e.ChangedAt, ct);

    public Task HandleAsync(DealCreatedEto e, CancellationToken ct) =>
        DealAsync(e.DealId, e.Title, e.CompanyId, e.PipelineId, e.StageId, e.Status, e.Amount, e.OwnerId, e.ChangedAt, ct);

    public Task HandleAsync(DealUpdatedEto e, CancellationToken ct) =>
        DealAsync(e.DealId, e.Title, e.CompanyId, e.PipelineId, e.StageId, e.Status, e.Amount, e.OwnerId, e.ChangedAt, ct);

    public Task HandleAsync(DealRepublishedEto e, CancellationToken ct) =>
        DealAsync(e.DealId, e.Title, e.CompanyId, e.PipelineId, e.StageId, e.Status, e.Amount, e.OwnerId, e.ChangedAt, ct);

    public Task HandleAsync(DealStageChangedEto e, CancellationToken ct) =>
        ChangeDealAsync(e.DealId, e.PipelineId, e.ToStageId, e.Amount, e.OwnerId, isOpen: null, e.ChangedAt, ct);

    public Task HandleAsync(DealWonEto e, CancellationToken ct) =>
        ChangeDealAsync(e.DealId, e.PipelineId, e.StageId, e.Amount, e.OwnerId, isOpen: false, e.ChangedAt, ct);

    public Task HandleAsync(DealLostEto e, CancellationToken ct) =>
        ChangeDealAsync(e.DealId, e.PipelineId, e.StageId, e.Amount, e.OwnerId, isOpen: false, e.ChangedAt, ct);

    public Task HandleAsync(DealDeletedEto e, CancellationToken ct) => db.DeleteAsync(e.DealId, e.ChangedAt, ct);

    public Task HandleAsync(LeadCreatedEto e, CancellationToken ct) => db.ApplyAsync(Lead, e.LeadId, e.Title, e.OwnerId, null, e.ChangedAt, ct);

    private static string FullName(string firstName, string? lastName) =>
        string.IsNullOrWhiteSpace(lastName) ? firstName : $"{lastName} {firstName}";

    private async Task DealAsync(Guid id, string title, Guid companyId, Guid pipelineId, Guid stageId, string status, decimal amount,
        Guid ownerId, DateTimeOffset at, CancellationToken ct)
    {
        var card = await db.ApplyAsync(Deal, id, title, ownerId, companyId, at, ct);
        card?.ApplyDeal(pipelineId, stageId, amount, status == "open");
    }

    /// <summary>A change that does not carry the deal's title: applied only to a deal already copied, and only if newer.</summary>
    private async Task ChangeDealAsync(Guid id, Guid pipelineId, Guid stageId, decimal amount, Guid ownerId, bool? isOpen,
        DateTimeOffset at, CancellationToken ct)
    {
        var card = await db.Cards.FindAsync([id], ct);
        if (card is null || card.IsDeleted || !card.Apply(card.Title, ownerId, card.CompanyId, at))
            return;
        card.ApplyDeal(pipelineId, stageId, amount, isOpen ?? card.IsOpenDeal);
    }
}
