using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Privacy;
using Suite.Tasks.Data;

namespace Suite.Tasks.Application.Tasks;

/// <summary>For a contact person's 152-FZ request: the tasks set on their card and what was written under them.</summary>
internal sealed class TaskPersonalData(TasksDbContext db) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalDataSection>> ExportContactAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.EntityType == "contact" && t.EntityId == contactId)
            .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        if (tasks.Count == 0)
            return [];
        var ids = tasks.Select(t => t.Id).ToList();
        var comments = await db.Comments.AsNoTracking().Where(c => ids.Contains(c.TaskId)).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return
        [
            new("tasks", "tasks", tasks.Select(t => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                ["title"] = t.Title, ["description"] = t.Description, ["status"] = t.Status.ToString(), ["result"] = t.Result,
                ["dueAt"] = t.DueAt?.ToString("O", CultureInfo.InvariantCulture), ["createdAt"] = t.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            }).ToList()),
            new("tasks", "taskComments", comments.Select(c => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                ["task"] = tasks.First(t => t.Id == c.TaskId).Title, ["text"] = c.Text, ["createdAt"] = c.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            }).ToList()),
        ];
    }
}
