using FluentValidation;
using Suite.Docs.Domain.Cards;
using Suite.Docs.Domain.Templates;

namespace Suite.Docs.Application.Templates;

internal sealed class TemplateInputValidator : AbstractValidator<TemplateInput>
{
    public TemplateInputValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(200);
        RuleFor(i => i.Body).NotNull().MaximumLength(200_000);
        RuleFor(i => i.NumberPrefix).NumberPrefix();
        // Kind and format are set once, on creation; an update leaves them out.
        When(i => i.Kind is not null || i.Format is not null, () =>
        {
            RuleFor(i => i.Kind).NotEmpty().Must(k => TemplateKinds.All.Contains(k!))
                .WithMessage($"kind is one of: {string.Join(", ", TemplateKinds.All)}.");
            RuleFor(i => i.Format).NotEmpty().Must(f => f is TemplateFormats.Text or TemplateFormats.Form)
                .WithMessage("format is \"text\" or \"form\"; a Word template is uploaded to /api/docs/templates/docx.");
            RuleFor(i => i.Format).Must((i, f) => f != TemplateFormats.Form || TemplateKinds.HasForm(i.Kind!))
                .WithMessage("Only an invoice, act, waybill or proposal has a built-in form.");
            RuleFor(i => i.Format).Must((i, f) => i.Kind != TemplateKinds.Invoice || f == TemplateFormats.Form)
                .WithMessage("An invoice is printed with the invoice form (format \"form\").");
        });
    }
}

internal sealed class TemplatePreviewInputValidator : AbstractValidator<TemplatePreviewInput>
{
    public TemplatePreviewInputValidator()
    {
        RuleFor(i => i.Kind).NotEmpty().Must(k => TemplateKinds.All.Contains(k!))
            .WithMessage($"kind is one of: {string.Join(", ", TemplateKinds.All)}.");
        RuleFor(i => i.Format).NotEmpty().Must(f => TemplateFormats.All.Contains(f!))
            .WithMessage($"format is one of: {string.Join(", ", TemplateFormats.All)}.");
        RuleFor(i => i.Body).NotNull().MaximumLength(200_000).When(i => i.Format != TemplateFormats.Docx);
        RuleFor(i => i.TemplateId).NotEmpty().When(i => i.Format == TemplateFormats.Docx)
            .WithMessage("A Word template is previewed from its saved file: give templateId.");
        RuleFor(i => i.EntityType).NotEmpty().Must(t => CardTypes.All.Contains(t!))
            .WithMessage($"entityType is one of: {string.Join(", ", CardTypes.All)}.");
        RuleFor(i => i.EntityId).NotEmpty();
    }
}
