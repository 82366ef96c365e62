using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Pipelines;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.Pipelines;

/// <summary>Pipelines and their stages. Stages and pipelines that deals are in stay put; the default pipeline always exists.</summary>
internal sealed class PipelineService(CrmDbContext db)
{
    public const string DuplicateName = "Crm.Pipeline.DuplicateName";
    public const string InUse = "Crm.Pipeline.InUse";
    public const string StageInUse = "Crm.Pipeline.StageInUse";
    public const string DefaultCannotBeDeleted = "Crm.Pipeline.DefaultCannotBeDeleted";

    private static readonly SortMap<Pipeline> Sorting = new SortMap<Pipeline>("isDefault desc, name")
        .Add("name", p => p.Name)
        .Add("isDefault", p => p.IsDefault)
        .Add("createdAt", p => p.CreatedAt);

    public Task<PagedResult<PipelineDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var query = db.Pipelines.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = Pipeline.NormalizeName(request.Filter);
            query = query.Where(p => p.NormalizedName.Contains(term));
        }

        return query.ToPageAsync(request, Sorting, PipelineDto.From, cancellationToken);
    }

    public async Task<PipelineDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        PipelineDto.From(await FindAsync(id, cancellationToken));

    public async Task<PipelineDto> CreateAsync(PipelineInput input, CancellationToken cancellationToken)
    {
        var pipeline = new Pipeline(input.Name!, input.ToDrafts());
        await EnsureUniqueNameAsync(pipeline.NormalizedName, null, cancellationToken);
        if (input.IsDefault == true)
            await MakeDefaultAsync(pipeline, cancellationToken);
        db.Pipelines.Add(pipeline);
        await db.SaveChangesAsync(cancellationToken);
        return PipelineDto.From(pipeline);
    }

    public async Task<PipelineDto> UpdateAsync(Guid id, PipelineInput input, CancellationToken cancellationToken)
    {
        var pipeline = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(pipeline, input.ConcurrencyStamp);
        await EnsureUniqueNameAsync(Pipeline.NormalizeName(input.Name!), id, cancellationToken);

        var drafts = input.ToDrafts();
        var removed = pipeline.StagesRemovedBy(drafts).Select(s => s.Id).ToList();
        if (removed.Count > 0)
        {
            var busy = await db.Deals
                .Where(d => removed.Contains(d.StageId) || (d.ReopenStageId != null && removed.Contains(d.ReopenStageId.Value)))
                .Select(d => d.StageId).FirstOrDefaultAsync(cancellationToken);
            if (busy != Guid.Empty)
                throw new BusinessRuleException(StageInUse, Text.Pick(
                    "В удаляемом этапе есть сделки (или закрытые сделки вернутся в него при открытии). Сначала переведите их.",
                    "A stage you removed has deals (or closed deals that would return to it when reopened). Move them first."));
        }

        pipeline.Rename(input.Name!);
        pipeline.ReplaceStages(drafts);
        if (input.IsDefault == true && !pipeline.IsDefault)
            await MakeDefaultAsync(pipeline, cancellationToken);
        // Stage edits alone do not touch the pipeline row; renew its stamp so other editors see the change.
        db.Entry(pipeline).Property(p => p.Name).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return PipelineDto.From(pipeline);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var pipeline = await FindAsync(id, cancellationToken);
        if (pipeline.IsDefault)
            throw new BusinessRuleException(DefaultCannotBeDeleted, Text.Pick(
                "Основную воронку удалить нельзя. Сначала сделайте основной другую.",
                "The default pipeline cannot be deleted. Make another pipeline the default first."));
        if (await db.Deals.AnyAsync(d => d.PipelineId == id, cancellationToken))
            throw new BusinessRuleException(InUse, Text.Pick(
                "В воронке есть сделки, удалить её нельзя.", "The pipeline has deals and cannot be deleted."));
        db.Pipelines.Remove(pipeline);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task MakeDefaultAsync(Pipeline pipeline, CancellationToken cancellationToken)
    {
        foreach (var current in await db.Pipelines.Where(p => p.IsDefault && p.Id != pipeline.Id).ToListAsync(cancellationToken))
            current.StopBeingDefault();
        pipeline.MakeDefault();
    }

    private async Task<Pipeline> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Pipelines.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Pipeline", id);

    private async Task EnsureUniqueNameAsync(string normalizedName, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Pipelines.AnyAsync(p => p.NormalizedName == normalizedName && p.Id != exceptId, cancellationToken))
            throw new BusinessRuleException(DuplicateName, Text.Pick(
                "Воронка с таким названием уже есть.", "A pipeline with this name already exists."));
    }
}
