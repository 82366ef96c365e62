using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Suite.Framework.Data;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;
using Suite.Tasks.Templates;

namespace Suite.Tasks.Application.Rules;

/// <summary>
/// Sets the task of each active rule that an occurrence matches, once: the task's source key is the rule and the
/// occurrence's identity, so the same event delivered again (a retry, a backfill with a new message id, a second host)
/// finds its task made and does nothing.
/// </summary>
internal sealed class RuleTaskMaker(TasksDbContext db, BusinessClock clock, CompanyCalendar calendar, ILogger<RuleTaskMaker> logger)
{
    public async Task MakeAsync(RuleOccurrence occurrence, Func<IQueryable<TaskRule>, IQueryable<TaskRule>>? narrow, CancellationToken ct)
    {
        var query = db.TaskRules.AsNoTracking().Where(r => r.IsActive && r.TriggerEvent == occurrence.Trigger);
        var rules = await (narrow?.Invoke(query) ?? query).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        foreach (var rule in rules)
            await MakeAsync(rule, occurrence, ct);
    }

    private async Task MakeAsync(TaskRule rule, RuleOccurrence occurrence, CancellationToken ct)
    {
        var key = rule.SourceKey(occurrence.Key);
        if (await db.Tasks.AnyAsync(t => t.SourceKey == key, ct))
            return;
        var assignee = await AssigneeAsync(rule, occurrence, ct);
        if (assignee is null)
            return;

        var title = Text(rule, rule.TitleTemplate, occurrence) is { Length: > 0 } rendered ? Cut(rendered, WorkTask.TitleMaxLength) : rule.Name;
        var description = rule.DescriptionTemplate is { } template ? Text(rule, template, occurrence) : null;
        var task = new WorkTask(title, string.IsNullOrEmpty(description) ? null : Cut(description, WorkTask.DescriptionMaxLength),
            assignee.Value, Due(rule, occurrence.At), rule.Priority, occurrence.Card, projectId: null, checklist: [], recurrence: null);
        task.MadeBy(rule.Id, key);
        db.AddTask(task, createdBy: null, clock.UtcNow);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Another delivery of the same event made it a moment ago (another host, a replay): already made. EF rolled
            // back to its savepoint; what this attempt added must not be saved with the rest of the handler's work.
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList())
                entry.State = EntityState.Detached;
            logger.LogInformation("Rule {RuleId}'s task for {Key} was already made", rule.Id, occurrence.Key);
        }
    }

    private async Task<Guid?> AssigneeAsync(TaskRule rule, RuleOccurrence occurrence, CancellationToken ct)
    {
        Guid? assignee = rule.AssignTo switch
        {
            RuleAssignment.Owner => occurrence.OwnerId,
            RuleAssignment.User => rule.UserId,
            _ => await LeastLoadedAsync(rule.Role!, ct),
        };
        if (assignee is { } id && await db.People.AnyAsync(p => p.Id == id && p.IsActive, ct))
            return id;
        logger.LogWarning("Rule {RuleId} ({Assignment}) found no active assignee for {Trigger} {Key}; no task set",
            rule.Id, rule.AssignTo, occurrence.Trigger, occurrence.Key);
        return null;
    }

    /// <summary>Of the active employees with <paramref name="role"/>, the one with the fewest open tasks; a tie goes by name.</summary>
    private async Task<Guid?> LeastLoadedAsync(string role, CancellationToken ct)
    {
        var marker = PersonCopy.RoleMarker(role);
        var people = await db.People.AsNoTracking().Where(p => p.IsActive && p.Roles.Contains(marker))
            .Select(p => new { p.Id, p.FullName }).ToListAsync(ct);
        if (people.Count == 0)
            return null;
        var ids = people.Select(p => p.Id).ToList();
        var load = await db.Tasks.Where(t => (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress) && ids.Contains(t.AssigneeId))
            .GroupBy(t => t.AssigneeId).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, ct);
        return people.OrderBy(p => load.GetValueOrDefault(p.Id)).ThenBy(p => p.FullName, StringComparer.CurrentCulture).ThenBy(p => p.Id).First().Id;
    }

    private DateTimeOffset Due(TaskRule rule, DateTimeOffset at) => rule.DueUnit switch
    {
        DueUnit.Minutes => at.AddMinutes(rule.DueIn),
        DueUnit.Hours => at.AddHours(rule.DueIn),
        _ => calendar.AddWorkingDays(at, rule.DueIn, clock.TimeZone),
    };

    private string? Text(TaskRule rule, string template, RuleOccurrence occurrence)
    {
        var (text, errors) = TaskTemplate.Render(template, occurrence.Model);
        if (errors.Count == 0)
            return text!.Trim();
        // The template rendered when it was saved; a value it cannot take now must not lose the task.
        logger.LogWarning("Rule {RuleId}'s template failed for {Key}: {Errors}", rule.Id, occurrence.Key, string.Join("; ", errors));
        return null;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
