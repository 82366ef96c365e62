using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Dictionaries;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.Dictionaries;

/// <summary>
/// A short list users pick from: unique names, and an entry that records point to cannot be deleted.
/// Sources and loss reasons differ only in their table, their error codes and what uses them.
/// </summary>
internal abstract class DictionaryService<TEntry, TDto>(CrmDbContext db) where TEntry : DictionaryEntry
{
    private static readonly SortMap<TEntry> Sorting = new SortMap<TEntry>("name")
        .Add("name", e => e.Name)
        .Add("createdAt", e => e.CreatedAt);

    protected CrmDbContext Db => db;
    protected abstract DbSet<TEntry> Entries { get; }
    protected abstract string EntityName { get; }
    protected abstract string DuplicateNameCode { get; }
    protected abstract string InUseCode { get; }
    protected abstract TEntry Create(string name);
    protected abstract TDto Map(TEntry entry);
    protected abstract Task<bool> IsInUseAsync(Guid id, CancellationToken cancellationToken);

    public Task<PagedResult<TDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var query = Entries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = DictionaryEntry.Normalize(request.Filter);
            query = query.Where(e => e.NormalizedName.Contains(term));
        }

        return query.ToPageAsync(request, Sorting, Map, cancellationToken);
    }

    public async Task<TDto> GetAsync(Guid id, CancellationToken cancellationToken) => Map(await FindAsync(id, cancellationToken));

    public async Task<TDto> CreateAsync(DictionaryInput input, CancellationToken cancellationToken)
    {
        var entry = Create(input.Name!);
        await EnsureUniqueAsync(entry.NormalizedName, null, cancellationToken);
        Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return Map(entry);
    }

    public async Task<TDto> UpdateAsync(Guid id, DictionaryInput input, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(entry, input.ConcurrencyStamp);
        await EnsureUniqueAsync(DictionaryEntry.Normalize(input.Name!), id, cancellationToken);
        entry.Rename(input.Name!);
        await db.SaveChangesAsync(cancellationToken);
        return Map(entry);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        if (await IsInUseAsync(id, cancellationToken))
            throw new BusinessRuleException(InUseCode, Text.Pick(
                $"«{entry.Name}» уже указан в сделках или компаниях, удалить нельзя. Переименуйте его, если нужно.",
                $"\"{entry.Name}\" is used by deals or companies and cannot be deleted. Rename it instead."));
        Entries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<TEntry> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Entries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new EntityNotFoundException(EntityName, id);

    private async Task EnsureUniqueAsync(string normalizedName, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await Entries.AnyAsync(e => e.NormalizedName == normalizedName && e.Id != exceptId, cancellationToken))
            throw new BusinessRuleException(DuplicateNameCode, Text.Pick(
                "Запись с таким названием уже есть.", "An entry with this name already exists."));
    }
}

internal sealed class SourceService(CrmDbContext db) : DictionaryService<Source, SourceDto>(db)
{
    public const string DuplicateName = "Crm.Source.DuplicateName";
    public const string InUse = "Crm.Source.InUse";

    protected override DbSet<Source> Entries => Db.Sources;
    protected override string EntityName => "Source";
    protected override string DuplicateNameCode => DuplicateName;
    protected override string InUseCode => InUse;
    protected override Source Create(string name) => new(name);
    protected override SourceDto Map(Source entry) => SourceDto.From(entry);

    // Companies carry a source too; deleting it would leave their cards pointing at nothing.
    protected override async Task<bool> IsInUseAsync(Guid id, CancellationToken cancellationToken) =>
        await Db.Deals.AnyAsync(d => d.SourceId == id, cancellationToken)
        || await Db.Companies.AnyAsync(c => c.SourceId == id, cancellationToken);
}

internal sealed class LossReasonService(CrmDbContext db) : DictionaryService<LossReason, LossReasonDto>(db)
{
    public const string DuplicateName = "Crm.LossReason.DuplicateName";
    public const string InUse = "Crm.LossReason.InUse";

    protected override DbSet<LossReason> Entries => Db.LossReasons;
    protected override string EntityName => "LossReason";
    protected override string DuplicateNameCode => DuplicateName;
    protected override string InUseCode => InUse;
    protected override LossReason Create(string name) => new(name);
    protected override LossReasonDto Map(LossReason entry) => LossReasonDto.From(entry);

    protected override Task<bool> IsInUseAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Deals.AnyAsync(d => d.LossReasonId == id, cancellationToken);
}
