using FluentValidation;
using Suite.Docs.Domain.Cards;

namespace Suite.Docs.Application.Generating;

internal sealed class GenerateDocumentInputValidator : AbstractValidator<GenerateDocumentInput>
{
    public GenerateDocumentInputValidator()
    {
        RuleFor(i => i.TemplateId).NotEmpty();
        RuleFor(i => i.EntityType).NotEmpty().Must(t => CardTypes.All.Contains(t!))
            .WithMessage($"entityType is one of: {string.Join(", ", CardTypes.All)}.");
        RuleFor(i => i.EntityId).NotEmpty();
    }
}
