using FluentValidation;
using Suite.Framework.Localization;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Rules;

internal sealed class TaskRuleInputValidator : AbstractValidator<TaskRuleInput>
{
    public TaskRuleInputValidator()
    {
        RuleFor(r => r.Name).MaximumLength(TaskRule.NameMaxLength);
        RuleFor(r => r.Trigger).NotNull().WithMessage(_ => Text.Pick("Укажите, когда срабатывает правило.", "Say when the rule fires."));
        RuleFor(r => r.Trigger!.Event).Must(e => e is not null && RuleTriggers.All.Contains(e))
            .WithMessage(_ => Text.Pick($"Событие — одно из: {string.Join(", ", RuleTriggers.All)}.", $"The event is one of: {string.Join(", ", RuleTriggers.All)}."))
            .When(r => r.Trigger is not null);
        RuleFor(r => r.Trigger!.StageId).NotEmpty()
            .WithMessage(_ => Text.Pick("Укажите этап, на который переходит сделка.", "Choose the stage the deal enters."))
            .When(r => r.Trigger?.Event == RuleTriggers.DealStageChanged);

        RuleFor(r => r.Task).NotNull().WithMessage(_ => Text.Pick("Опишите задачу, которую ставит правило.", "Describe the task the rule sets."));
        When(r => r.Task is not null, () =>
        {
            RuleFor(r => r.Task!.Title).NotEmpty().WithMessage(_ => Text.Pick("Введите название задачи.", "Enter the task's title."))
                .MaximumLength(WorkTask.TitleMaxLength);
            RuleFor(r => r.Task!.Description).MaximumLength(WorkTask.DescriptionMaxLength);
            RuleFor(r => r.Task!.AssignTo).Must((r, _) => r.Task!.Assignment is not null)
                .WithMessage(_ => Text.Pick("Исполнитель — owner, user, leastLoaded или id пользователя.",
                    "assignTo is owner, user, leastLoaded or a user's id."));
            RuleFor(r => r.Task!.AssignTo).Must((r, _) => RuleTriggers.HasOwner(r.Trigger!.Event!))
                .WithMessage(_ => Text.Pick("У товара нет ответственного: назначьте пользователя или роль.",
                    "A product has no owner: assign a user or a role."))
                .When(r => r.Task!.Assignment == RuleAssignment.Owner && r.Trigger?.Event is not null);
            RuleFor(r => r.Task!.User).NotEmpty().WithMessage(_ => Text.Pick("Выберите исполнителя.", "Choose the assignee."))
                .When(r => r.Task!.Assignment == RuleAssignment.User);
            RuleFor(r => r.Task!.Role).NotEmpty().WithMessage(_ => Text.Pick("Выберите роль.", "Choose the role."))
                .When(r => r.Task!.Assignment == RuleAssignment.LeastLoaded);
            RuleFor(r => r.Task!.Due).NotNull().InclusiveBetween(0, TaskRule.MaxDueIn)
                .WithMessage(_ => Text.Pick($"Срок — от 0 до {TaskRule.MaxDueIn}.", $"The due time is between 0 and {TaskRule.MaxDueIn}."));
        });
    }
}
