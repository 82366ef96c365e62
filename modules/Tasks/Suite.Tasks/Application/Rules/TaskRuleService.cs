using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;
using Suite.Tasks.Templates;

namespace Suite.Tasks.Application.Rules;

/// <summary>
/// The automation rules and their edits. A rule is saved only when its templates render over its trigger's fields,
/// its user is an active employee and its role is one employees have. Tasks knows no pipelines (Crm publishes none):
/// the stage is taken by id, and a stage change matches on it (and on the pipeline when one is given).
/// </summary>
internal sealed class TaskRuleService(TasksDbContext db)
{
    public const string TemplateErrorCode = "Tasks.Rule.Template";

    public async Task<IReadOnlyList<TaskRuleDto>> ListAsync(CancellationToken ct)
    {
        var rules = await db.TaskRules.AsNoTracking().OrderBy(r => r.TriggerEvent).ThenBy(r => r.Name).ToListAsync(ct);
        var names = await NamesAsync(rules, ct);
        return rules.Select(r => Dto(r, names)).ToList();
    }

    public async Task<TaskRuleDto> GetAsync(Guid id, CancellationToken ct)
    {
        var rule = await FindAsync(id, ct);
        return Dto(rule, await NamesAsync([rule], ct));
    }

    public async Task<TaskRuleDto> CreateAsync(TaskRuleInput input, CancellationToken ct)
    {
        var rule = new TaskRule();
        await ApplyAsync(rule, input, ct);
        db.TaskRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return Dto(rule, await NamesAsync([rule], ct));
    }

    public async Task<TaskRuleDto> UpdateAsync(Guid id, TaskRuleInput input, CancellationToken ct)
    {
        var rule = await FindAsync(id, ct);
        await ApplyAsync(rule, input, ct);
        await db.SaveChangesAsync(ct);
        return Dto(rule, await NamesAsync([rule], ct));
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        db.TaskRules.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(TaskRule rule, TaskRuleInput input, CancellationToken ct)
    {
        var trigger = input.Trigger!;
        var task = input.Task!;
        var assignment = task.Assignment!.Value;
        CheckTemplates(trigger.Event!, task.Title!, task.Description);
        if (assignment == RuleAssignment.User && !await db.People.AnyAsync(p => p.Id == task.User && p.IsActive, ct))
            throw new UnprocessableContentException("Tasks.Rule.UnknownUser", Text.Pick(
                "Исполнитель правила — не действующий сотрудник.", "The rule's assignee is not an active employee."));
        var role = task.Role?.Trim().ToLowerInvariant();
        if (assignment == RuleAssignment.LeastLoaded && !await IsKnownRoleAsync(role!, ct))
            throw new UnprocessableContentException("Tasks.Rule.UnknownRole", Text.Pick(
                $"Роли «{role}» нет ни у одного сотрудника.", $"No employee has the role '{role}'."));

        var title = task.Title!.Trim();
        var name = string.IsNullOrWhiteSpace(input.Name) ? title[..Math.Min(title.Length, TaskRule.NameMaxLength)] : input.Name.Trim();
        rule.Define(name, input.IsActive ?? true, trigger.Event!, trigger.PipelineId, trigger.StageId);
        rule.SetTask(title, task.Description, task.Priority ?? TaskPriority.Normal, assignment, task.User, role, task.Due!.Value, task.Unit);
    }

    /// <summary>Both templates must render over the trigger's fields, all empty: a syntax error or an unknown field is a 422.</summary>
    private static void CheckTemplates(string trigger, string title, string? description)
    {
        var errors = new List<(string Field, TaskTemplateError Error)>();
        errors.AddRange(TaskTemplate.Render(title, RuleTemplateModel.Empty(trigger)).Errors.Select(e => ("title", e)));
        if (!string.IsNullOrWhiteSpace(description))
            errors.AddRange(TaskTemplate.Render(description, RuleTemplateModel.Empty(trigger)).Errors.Select(e => ("description", e)));
        if (errors.Count == 0)
            return;
        throw new UnprocessableContentException(TemplateErrorCode,
            Text.Pick("Шаблон задачи содержит ошибки: ", "The task's template has errors: ") +
            string.Join("; ", errors.Take(5).Select(e => $"{e.Field} {e.Error}")))
        {
            Extensions = new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new
                {
                    field = e.Field, kind = e.Error.Kind, line = e.Error.Line, column = e.Error.Column, message = e.Error.Message,
                }).ToList(),
            },
        };
    }

    private async Task<bool> IsKnownRoleAsync(string role, CancellationToken ct)
    {
        if (Roles.Shipped.Contains(role))
            return true;
        var marker = PersonCopy.RoleMarker(role);
        return await db.People.AnyAsync(p => p.Roles.Contains(marker), ct);
    }

    private async Task<TaskRule> FindAsync(Guid id, CancellationToken ct) =>
        await db.TaskRules.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException("TaskRule", id);

    private async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyList<TaskRule> rules, CancellationToken ct)
    {
        var ids = rules.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
    }

    private static TaskRuleDto Dto(TaskRule r, IReadOnlyDictionary<Guid, string> names) => new(
        r.Id, r.Name, r.IsActive, new TaskRuleTriggerDto(r.TriggerEvent, r.PipelineId, r.StageId),
        new TaskRuleTaskDto(r.TitleTemplate, r.DescriptionTemplate, r.Priority, r.AssignTo, r.UserId,
            r.UserId is { } user ? names.GetValueOrDefault(user) : null, r.Role, r.DueIn, r.DueUnit,
            r.DueUnit == DueUnit.Hours ? r.DueIn : null));
}
