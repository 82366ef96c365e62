using FluentValidation;
using Suite.Crm.Domain.Pipelines;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Pipelines;

internal sealed class PipelineInputValidator : AbstractValidator<PipelineInput>
{
    public PipelineInputValidator()
    {
        RuleFor(p => p.Name).NotEmpty().WithMessage(_ => Text.Pick("Введите название воронки.", "Enter the pipeline name."))
            .MaximumLength(200);
        RuleFor(p => p.Stages).NotEmpty().WithMessage(_ => Text.Pick("Добавьте этапы воронки.", "Add the pipeline's stages."));
        RuleFor(p => p.Stages)
            .Must(s => s!.Count <= 50).WithMessage(_ => Text.Pick("Этапов не больше 50.", "A pipeline has at most 50 stages."))
            .Must(s => Pipeline.StageProblem(s!.Select(x => x.Kind ?? StageKind.Open).ToList()) is null)
            .WithMessage(p => Pipeline.StageProblem(p.Stages!.Select(x => x.Kind ?? StageKind.Open).ToList())!)
            .Must(s => s!.Where(x => x.Id is not null).GroupBy(x => x.Id).All(g => g.Count() == 1))
            .WithMessage(_ => Text.Pick("Один и тот же этап указан дважды.", "The same stage is listed twice."))
            .When(p => p.Stages is { Count: > 0 });
        RuleForEach(p => p.Stages).ChildRules(stage =>
        {
            stage.RuleFor(s => s.Name).NotEmpty().WithMessage(_ => Text.Pick("Введите название этапа.", "Enter the stage name."))
                .MaximumLength(100);
            stage.RuleFor(s => s.Probability).InclusiveBetween(0, 100)
                .WithMessage(_ => Text.Pick("Вероятность — от 0 до 100.", "The probability is between 0 and 100."));
        });
    }
}
