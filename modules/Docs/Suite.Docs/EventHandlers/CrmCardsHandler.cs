using Microsoft.EntityFrameworkCore;
using Suite.Crm.Events;
using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Framework.Events;

namespace Suite.Docs.EventHandlers;

/// <summary>Keeps Docs' copies of Crm's companies, contacts, deals and leads; events may arrive late or twice.</summary>
internal sealed class CrmCardsHandler(DocsDbContext db) :
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
    public Task HandleAsync(CompanyCreatedEto e, CancellationToken ct) =>
        Company(e.CompanyId, e.Name, e.TaxId, e.Kpp, e.Address, e.OwnerId, e.ChangedAt, ct);

    public Task HandleAsync(CompanyUpdatedEto e, CancellationToken ct) =>
        Company(e.CompanyId, e.Name, e.TaxId, e.Kpp, e.Address, e.OwnerId, e.ChangedAt, ct);

    public Task HandleAsync(CompanyRepublishedEto e, CancellationToken ct) =>
        Company(e.CompanyId, e.Name, e.TaxId, e.Kpp, e.Address, e.OwnerId, e.ChangedAt, ct);

    public async Task HandleAsync(CompanyDeletedEto e, CancellationToken ct) =>
        (await db.Cards.FindAsync([e.CompanyId], ct))?.MarkDeleted(e.ChangedAt);

    /// <summary>Crm moves the merged company's contacts and deals without events of their own.</summary>
    public async Task HandleAsync(CompanyMergedEto e, CancellationToken ct)
    {
        foreach (var card in await db.Cards.Where(c => c.CompanyId == e.MergedCompanyId).ToListAsync(ct))
            card.MoveToCompany(e.CompanyId);
    }

    public Task HandleAsync(ContactCreatedEto e, CancellationToken ct) =>
        Contact(e.ContactId, e.FirstName, e.LastName, e.CompanyId, e.Phone, e.Email, e.OwnerId, e.ChangedAt, ct);

    public Task HandleAsync(ContactUpdatedEto e, CancellationToken ct) =>
        Contact(e.ContactId, e.FirstName, e.LastName, e.CompanyId, e.Phone, e.Email, e.OwnerId, e.ChangedAt, ct);

    public Task HandleAsync(DealCreatedEto e, CancellationToken ct) =>
        Deal(e.DealId, e.Title, e.CompanyId, e.PipelineId, e.StageId, e.Status, e.Amount, e.Currency, e.OwnerId, e.Lines, e.ChangedAt, ct);

    public Task HandleAsync(DealUpdatedEto e, CancellationToken ct) =>
        Deal(e.DealId, e.Title, e.CompanyId, e.PipelineId, e.StageId, e.Status, e.Amount, e.Currency, e.OwnerId, e.Lines, e.ChangedAt, ct);

    public Task HandleAsync(DealRepublishedEto e, CancellationToken ct) =>
        Deal(e.DealId, e.Title, e.CompanyId, e.PipelineId, e.StageId, e.Status, e.Amount, e.Currency, e.OwnerId, e.Lines, e.ChangedAt, ct);

    public Task HandleAsync(DealStageChangedEto e, CancellationToken ct) =>
        ChangeDeal(e.DealId, e.OwnerId, e.ChangedAt, d => d with { PipelineId = e.PipelineId, StageId = e.ToStageId, Amount = e.Amount }, ct);

    public Task HandleAsync(DealWonEto e, CancellationToken ct) =>
        ChangeDeal(e.DealId, e.OwnerId, e.ChangedAt, d => d with { Status = "won" }, ct);

    public Task HandleAsync(DealLostEto e, CancellationToken ct) =>
        ChangeDeal(e.DealId, e.OwnerId, e.ChangedAt, d => d with { Status = "lost" }, ct);

    public async Task HandleAsync(DealDeletedEto e, CancellationToken ct) =>
        (await db.Cards.FindAsync([e.DealId], ct))?.MarkDeleted(e.ChangedAt);

    public Task HandleAsync(LeadCreatedEto e, CancellationToken ct) =>
        db.ApplyAsync(CardTypes.Lead, e.LeadId, e.Title, e.OwnerId, null, null,
            new LeadData(e.Title, e.Name, e.Phone, e.Email, e.CompanyName), e.ChangedAt, ct);

    private Task Company(Guid id, string name, string? taxId, string? kpp, string? address, Guid ownerId, DateTimeOffset at,
        CancellationToken ct) =>
        db.ApplyAsync(CardTypes.Company, id, name, ownerId, id, null, new CompanyData(name, taxId, kpp, address), at, ct);

    private Task Contact(Guid id, string firstName, string? lastName, Guid? companyId, string? phone, string? email, Guid ownerId,
        DateTimeOffset at, CancellationToken ct)
    {
        var fullName = string.IsNullOrWhiteSpace(lastName) ? firstName : $"{lastName} {firstName}";
        return db.ApplyAsync(CardTypes.Contact, id, fullName, ownerId, companyId, null,
            new ContactData(fullName, companyId, phone, email), at, ct);
    }

    private async Task Deal(Guid id, string title, Guid companyId, Guid pipelineId, Guid stageId, string status, decimal amount,
        string currency, Guid ownerId, IReadOnlyList<DealLineEto>? lines, DateTimeOffset at, CancellationToken ct)
    {
        var card = await db.FindOrAddAsync(CardTypes.Deal, id, ct);
        // An event from before deals carried their lines keeps the lines already copied.
        var keptLines = card.Data == "{}" ? [] : card.Read<DealData>().Lines;
        var data = new DealData(title, companyId, pipelineId, stageId, status, amount, currency,
            lines?.Select(l => new DealLineData(l.Position, l.ProductId, l.Description, l.Quantity, l.UnitPrice, l.Amount)).ToList() ?? keptLines);
        card.Apply(title, ownerId, companyId, id, CardCopies.Write(data), at);
    }

    private async Task ChangeDeal(Guid id, Guid ownerId, DateTimeOffset at, Func<DealData, DealData> change, CancellationToken ct)
    {
        var card = await db.Cards.FindAsync([id], ct);
        if (card is null || card.Data == "{}")
            return;
        card.Change(ownerId, CardCopies.Write(change(card.Read<DealData>())), at);
    }
}
