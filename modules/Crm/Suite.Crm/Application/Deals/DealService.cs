using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.People;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.Pipelines;
using Suite.Crm.Events;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Deals;

/// <summary>
/// Deals and their way through the pipeline, with the owner record rule of companies: without
/// <see cref="CrmPermissions.Deals.ViewAll"/> a user sees only the deals they own, and anyone else's is "not found".
/// Every change publishes its event in the same save.
/// </summary>
internal sealed class DealService(CrmDbContext db, Owners owners, ICurrentUser user, DealQuery dealQuery, TimeProvider clock)
{

    private IQueryable<Deal> Visible => dealQuery.Visible;

    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<PagedResult<DealDto>> ListAsync(DealListRequest request, CancellationToken cancellationToken)
    {
        var page = await db.People.WithNamesAsync(
            await dealQuery.Filter(request).AsNoTracking().ToPageAsync(request, DealQuery.Sorting, DealDto.From, cancellationToken),
            d => d.OwnerId, (d, name) => d with { OwnerName = name }, cancellationToken);
        return page with { Items = await db.WithNextTasksAsync(page.Items, Now, cancellationToken) };
    }

    public async Task<DealDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await NamedAsync(await FindAsync(id, cancellationToken), cancellationToken);

    public async Task<DealDto> CreateAsync(DealInput input, CancellationToken cancellationToken)
    {
        var details = input.ToDetails();
        var owner = await owners.OwnerForAsync<Deal>(input.OwnerId, OwnedRecordWords.Deals, cancellationToken);
        await CheckReferencesAsync(details, cancellationToken);
        var pipeline = input.PipelineId is { } pipelineId
            ? await db.Pipelines.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pipelineId, cancellationToken)
              ?? throw InputValidationException.For("pipelineId", Text.Pick("Такой воронки нет.", "There is no such pipeline."))
            : await db.Pipelines.AsNoTracking().SingleAsync(p => p.IsDefault, cancellationToken);
        var stage = StageOf(pipeline, input.StageId);

        var deal = new Deal(details, owner, stage, Now);
        db.Deals.Add(deal);
        db.Publish(new DealCreatedEto(deal.Id, deal.Title, deal.CompanyId, deal.PipelineId, deal.StageId, Wire(deal.Status),
            deal.Amount, deal.Currency, deal.OwnerId, deal.SourceId, user.Id, Now, DealLines.Of(deal)));
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(deal, cancellationToken);
    }

    public async Task<DealDto> UpdateAsync(Guid id, DealInput input, CancellationToken cancellationToken)
    {
        var deal = await FindAsync(id, cancellationToken, withOpenStay: true);
        db.ExpectConcurrencyStamp(deal, input.ConcurrencyStamp);
        var details = input.ToDetails();
        await CheckReferencesAsync(details, cancellationToken);

        var before = Snapshot(deal);
        deal.Update(details);
        if (input.OwnerId is { } ownerId && ownerId != deal.OwnerId)
            deal.TransferTo(await owners.OwnerForAsync<Deal>(ownerId, OwnedRecordWords.Deals, cancellationToken));

        var pipelineChanged = input.PipelineId is { } pipelineId && pipelineId != deal.PipelineId;
        if (pipelineChanged || (input.StageId is { } stageId && stageId != deal.StageId))
        {
            var pipeline = await db.Pipelines.AsNoTracking().SingleOrDefaultAsync(p => p.Id == (input.PipelineId ?? deal.PipelineId), cancellationToken)
                           ?? throw InputValidationException.For("pipelineId", Text.Pick("Такой воронки нет.", "There is no such pipeline."));
            Guid from;
            if (pipelineChanged)
                from = deal.MoveToPipeline(StageOf(pipeline, input.StageId), Now);
            else
                from = deal.MoveTo(await StageAsync(input.StageId!.Value, "stageId", cancellationToken), Now);
            PublishStageChanged(deal, from);
        }

        // Line edits alone do not touch the deal row; renew its stamp anyway, since the deal did change.
        db.Entry(deal).Property(d => d.Title).IsModified = true;
        db.Publish(Updated(deal, await ReadableAsync(FieldSnapshot.Between(before, Snapshot(deal)), cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(deal, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deal = await FindAsync(id, cancellationToken);
        db.Deals.Remove(deal);
        db.Publish(new DealDeletedEto(deal.Id, Now));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<DealDto> MoveAsync(Guid id, MoveDealInput input, CancellationToken cancellationToken)
    {
        var deal = await FindAsync(id, cancellationToken, withOpenStay: true);
        var stage = await StageAsync(input.StageId!.Value, "stageId", cancellationToken);
        if (stage.Id == deal.StageId && !deal.IsClosed)
            return await NamedAsync(deal, cancellationToken);
        var from = deal.MoveTo(stage, Now);
        PublishStageChanged(deal, from);
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(deal, cancellationToken);
    }

    public async Task<DealDto> WinAsync(Guid id, CancellationToken cancellationToken)
    {
        var deal = await FindAsync(id, cancellationToken, withOpenStay: true);
        var pipeline = await db.Pipelines.AsNoTracking().SingleAsync(p => p.Id == deal.PipelineId, cancellationToken);
        var from = deal.Win(pipeline.WonStage, Now);
        PublishStageChanged(deal, from);
        db.Publish(new DealWonEto(deal.Id, deal.CompanyId, deal.PipelineId, deal.StageId, deal.OwnerId, deal.Amount, deal.Currency, user.Id, Now,
            deal.Lines.OrderBy(l => l.Position).Where(l => l.ProductId is not null).Select(l => new DealWonLine(l.ProductId!.Value, l.Quantity)).ToList()));
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(deal, cancellationToken);
    }

    public async Task<DealDto> LoseAsync(Guid id, LoseDealInput input, CancellationToken cancellationToken)
    {
        var deal = await FindAsync(id, cancellationToken, withOpenStay: true);
        var reasonId = input.LossReasonId!.Value;
        if (!await db.LossReasons.AnyAsync(r => r.Id == reasonId, cancellationToken))
            throw InputValidationException.For("lossReasonId", Text.Pick("Такой причины отказа нет.", "There is no such loss reason."));
        var pipeline = await db.Pipelines.AsNoTracking().SingleAsync(p => p.Id == deal.PipelineId, cancellationToken);
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        var from = deal.Lose(pipeline.LostStage, reasonId, comment, Now);
        PublishStageChanged(deal, from);
        db.Publish(new DealLostEto(deal.Id, deal.CompanyId, deal.PipelineId, deal.StageId, deal.OwnerId, deal.Amount, deal.Currency,
            reasonId, comment, user.Id, Now));
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(deal, cancellationToken);
    }

    public async Task<DealDto> ReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        var deal = await FindAsync(id, cancellationToken, withOpenStay: true);
        var before = Snapshot(deal);
        var from = deal.Reopen(Now);
        PublishStageChanged(deal, from);
        db.Publish(Updated(deal, await ReadableAsync(FieldSnapshot.Between(before, Snapshot(deal)), cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(deal, cancellationToken);
    }

    private void PublishStageChanged(Deal deal, Guid from) =>
        db.Publish(new DealStageChangedEto(deal.Id, deal.PipelineId, from, deal.StageId, deal.OwnerId, deal.Amount, deal.Currency, user.Id, Now));

    private DealUpdatedEto Updated(Deal deal, IReadOnlyList<FieldChange> changes) => new(deal.Id, deal.Title, deal.CompanyId,
        deal.PipelineId, deal.StageId, Wire(deal.Status), deal.Amount, deal.Currency, deal.OwnerId, deal.SourceId, changes, user.Id, Now,
        DealLines.Of(deal));

    /// <summary>The deal's fields as the timeline shows them; ids are turned into names by <see cref="ReadableAsync"/>.</summary>
    private static FieldSnapshot Snapshot(Deal d) => new FieldSnapshot()
        .Add("title", d.Title).Add("companyId", d.CompanyId).Add("contactId", d.ContactId).Add("amount", d.Amount).Add("currency", d.Currency)
        .Add("expectedCloseDate", d.ExpectedCloseDate).Add("sourceId", d.SourceId)
        .Add("lines", d.Lines.OrderBy(l => l.Position).Select(l => FormattableString.Invariant($"{l.Description} × {l.Quantity:0.###} × {l.UnitPrice:0.00}")))
        .Add("pipelineId", d.PipelineId).Add("stageId", d.StageId).Add("status", Wire(d.Status))
        .Add("ownerId", d.OwnerId);

    /// <summary>Company, contact, source, pipeline and stage ids become the names the user knows; the owner stays an id.</summary>
    private async Task<List<FieldChange>> ReadableAsync(List<FieldChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
            return changes;
        var ids = changes.Where(c => c.Field is "companyId" or "contactId" or "sourceId" or "pipelineId" or "stageId")
            .SelectMany(c => new[] { c.OldValue, c.NewValue }).OfType<string>().Select(Guid.Parse).ToHashSet();
        var names = new Dictionary<Guid, string>();
        if (ids.Count > 0)
        {
            foreach (var c in await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
                names[c.Id] = c.Name;
            foreach (var c in await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync(cancellationToken))
                names[c.Id] = c.LastName is null ? c.FirstName : $"{c.FirstName} {c.LastName}";
            foreach (var s in await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                names[s.Id] = s.Name;
            foreach (var p in await db.Pipelines.AsNoTracking().IgnoreAutoIncludes().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
                names[p.Id] = p.Name;
            foreach (var s in await db.Stages.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                names[s.Id] = s.Name;
        }

        string? Name(string? id) => id is not null && names.TryGetValue(Guid.Parse(id), out var name) ? name : id;
        return changes.Select(c => c.Field switch
        {
            "companyId" => new FieldChange("company", Name(c.OldValue), Name(c.NewValue)),
            "contactId" => new FieldChange("contact", Name(c.OldValue), Name(c.NewValue)),
            "sourceId" => new FieldChange("source", Name(c.OldValue), Name(c.NewValue)),
            "pipelineId" => new FieldChange("pipeline", Name(c.OldValue), Name(c.NewValue)),
            "stageId" => new FieldChange("stage", Name(c.OldValue), Name(c.NewValue)),
            _ => c,
        }).ToList();
    }

    private static string Wire(DealStatus status) => status.ToString().ToLowerInvariant();

    private static Stage StageOf(Pipeline pipeline, Guid? stageId)
    {
        if (stageId is null)
            return pipeline.FirstOpenStage;
        var stage = pipeline.Stages.SingleOrDefault(s => s.Id == stageId)
                    ?? throw InputValidationException.For("stageId", Text.Pick("В этой воронке нет такого этапа.", "This pipeline has no such stage."));
        if (stage.Kind != StageKind.Open)
            throw InputValidationException.For("stageId", Text.Pick(
                "Новая сделка начинается в открытом этапе; закрывают её действиями «Выиграна» и «Проиграна».",
                "A deal starts in an open stage; use win or lose to close it."));
        return stage;
    }

    private async Task<Stage> StageAsync(Guid stageId, string field, CancellationToken cancellationToken) =>
        await db.Stages.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stageId, cancellationToken)
        ?? throw InputValidationException.For(field, Text.Pick("Такого этапа нет.", "There is no such stage."));

    private async Task CheckReferencesAsync(DealDetails details, CancellationToken cancellationToken)
    {
        // The company must be one the user may see: a manager cannot open deals on another manager's client.
        var companyVisible = await db.Companies.VisibleTo(user).AnyAsync(c => c.Id == details.CompanyId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (!companyVisible)
            errors["companyId"] = [Text.Pick("Такой компании нет.", "There is no such company.")];
        if (details.ContactId is { } contactId)
        {
            var contact = await db.Contacts.VisibleTo(user).AsNoTracking()
                .Where(c => c.Id == contactId)
                .Select(c => new { c.CompanyId }).SingleOrDefaultAsync(cancellationToken);
            if (contact is null)
                errors["contactId"] = [Text.Pick("Такого контакта нет.", "There is no such contact.")];
            else if (contact.CompanyId is { } contactCompany && contactCompany != details.CompanyId)
                errors["contactId"] = [Text.Pick("Контакт работает в другой компании.", "The contact works at another company.")];
        }
        if (details.SourceId is { } sourceId && !await db.Sources.AnyAsync(s => s.Id == sourceId, cancellationToken))
            errors["sourceId"] = [Text.Pick("Такого источника нет.", "There is no such source.")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);
    }

    private async Task<Deal> FindAsync(Guid id, CancellationToken cancellationToken, bool withOpenStay = false)
    {
        var query = withOpenStay ? Visible.Include(d => d.StageHistory.Where(h => h.LeftAt == null)) : Visible;
        return await query.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Deal", id);
    }

    /// <summary>The deal as clients see it, with its owner's name and its next step.</summary>
    private async Task<DealDto> NamedAsync(Deal deal, CancellationToken cancellationToken)
    {
        var next = await db.DealNextTasks.AsNoTracking().SingleOrDefaultAsync(n => n.Id == deal.Id, cancellationToken);
        return DealDto.From(deal) with
        {
            OwnerName = await db.People.NameOfAsync(deal.OwnerId, cancellationToken), NextTask = NextTaskDto.From(next, Now),
        };
    }

}
