using FluentValidation;

namespace Suite.Docs.Application.Automations;

internal sealed class DocumentAutomationInputValidator : AbstractValidator<DocumentAutomationInput>
{
    public DocumentAutomationInputValidator()
    {
        RuleFor(i => i.PipelineId).NotEmpty();
        RuleFor(i => i.StageId).NotEmpty();
        RuleFor(i => i.TemplateId).NotEmpty();
    }
}
