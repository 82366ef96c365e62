using FluentValidation;
using Suite.Framework.Localization;
using Suite.Tasks.Domain.Recurrence;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Tasks;

internal sealed class TaskInputValidator : AbstractValidator<TaskInput>
{
    public const int MaxParticipants = 50;
    public const int ChecklistTextMaxLength = 500;
    public const int RecurrenceMaxLength = 200;

    public static readonly string[] Priorities = ["low", "normal", "high"];

    public TaskInputValidator()
    {
        RuleFor(t => t.Title).NotEmpty().WithMessage(_ => Text.Pick("Введите название задачи.", "Enter the task's title."))
            .MaximumLength(WorkTask.TitleMaxLength);
        RuleFor(t => t.Description).MaximumLength(WorkTask.DescriptionMaxLength);
        RuleFor(t => t.Priority).Must(p => p is null || Priorities.Contains(p))
            .WithMessage(_ => Text.Pick("Приоритет: low, normal или high.", "Priority is low, normal or high."));
        RuleFor(t => t.EntityType).Must(e => e is null || CardReference.Types.Contains(e))
            .WithMessage(_ => Text.Pick($"Карточка: {string.Join(", ", CardReference.Types)}.", $"The card is one of {string.Join(", ", CardReference.Types)}."));
        RuleFor(t => t.EntityId).NotNull().When(t => t.EntityType is not null)
            .WithMessage(_ => Text.Pick("Укажите карточку.", "Choose the card."));
        RuleFor(t => t.EntityType).NotNull().When(t => t.EntityId is not null)
            .WithMessage(_ => Text.Pick("Укажите вид карточки.", "Choose the kind of card."));
        RuleFor(t => t.CoworkerIds).Must(ids => ids!.Count <= MaxParticipants).When(t => t.CoworkerIds is not null)
            .WithMessage(_ => Text.Pick($"Соисполнителей не больше {MaxParticipants}.", $"At most {MaxParticipants} co-workers."));
        RuleFor(t => t.ObserverIds).Must(ids => ids!.Count <= MaxParticipants).When(t => t.ObserverIds is not null)
            .WithMessage(_ => Text.Pick($"Наблюдателей не больше {MaxParticipants}.", $"At most {MaxParticipants} observers."));
        RuleFor(t => t.Checklist).Must(c => c!.Count <= WorkTask.ChecklistMaxItems).When(t => t.Checklist is not null)
            .WithMessage(_ => Text.Pick($"В чек-листе не больше {WorkTask.ChecklistMaxItems} пунктов.", $"At most {WorkTask.ChecklistMaxItems} checklist items."));
        RuleForEach(t => t.Checklist).ChildRules(item => item.RuleFor(i => i.Text).NotEmpty()
            .WithMessage(_ => Text.Pick("Пункт чек-листа не может быть пустым.", "A checklist item needs text.")).MaximumLength(ChecklistTextMaxLength));
        RuleFor(t => t.Recurrence).MaximumLength(RecurrenceMaxLength)
            .Must(r => string.IsNullOrWhiteSpace(r) || RecurrenceRule.TryParse(r, out _, out _))
            .WithMessage(t => RecurrenceRule.TryParse(t.Recurrence, out _, out var error) ? "" : error);
        RuleFor(t => t.DueAt).NotNull().When(t => !string.IsNullOrWhiteSpace(t.Recurrence))
            .WithMessage(_ => Text.Pick("У повторяющейся задачи должен быть срок: от него считаются следующие.", "A recurring task needs a due time: the next ones count from it."));
    }
}

internal sealed class CompleteTaskInputValidator : AbstractValidator<CompleteTaskInput>
{
    public CompleteTaskInputValidator() => RuleFor(c => c.Result).MaximumLength(WorkTask.ResultMaxLength);
}

internal sealed class PostponeTaskInputValidator : AbstractValidator<PostponeTaskInput>
{
    public PostponeTaskInputValidator() => RuleFor(p => p.DueAt).NotNull()
        .WithMessage(_ => Text.Pick("Укажите новый срок.", "Enter the new due time."));
}

internal sealed class ReassignTaskInputValidator : AbstractValidator<ReassignTaskInput>
{
    public ReassignTaskInputValidator() => RuleFor(r => r.AssigneeId).NotNull()
        .WithMessage(_ => Text.Pick("Укажите исполнителя.", "Choose the assignee."));
}

internal sealed class TaskCommentInputValidator : AbstractValidator<TaskCommentInput>
{
    public const int TextMaxLength = 10_000;

    public TaskCommentInputValidator() => RuleFor(c => c.Text).NotEmpty()
        .WithMessage(_ => Text.Pick("Введите текст комментария.", "Enter the comment.")).MaximumLength(TextMaxLength);
}
