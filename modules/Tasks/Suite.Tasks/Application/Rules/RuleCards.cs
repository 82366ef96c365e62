using Microsoft.EntityFrameworkCore;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Cards;

namespace Suite.Tasks.Application.Rules;

/// <summary>What Tasks' copies know for a rule's merge data; a copy not there yet leaves the fields empty.</summary>
internal sealed class RuleCards(TasksDbContext db)
{
    public Task<Card?> FindAsync(string entityType, Guid? id, CancellationToken ct) =>
        id is null
            ? Task.FromResult<Card?>(null)
            : db.Cards.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.EntityType == entityType && !c.IsDeleted, ct);

    public async Task<string?> TitleAsync(string entityType, Guid? id, CancellationToken ct) => (await FindAsync(entityType, id, ct))?.Title;

    public async Task<string?> PersonNameAsync(Guid? id, CancellationToken ct) =>
        id is null ? null : await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.FullName).SingleOrDefaultAsync(ct);
}
