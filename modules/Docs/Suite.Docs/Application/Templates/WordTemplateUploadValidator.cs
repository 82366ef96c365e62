using FluentValidation;
using Suite.Docs.Domain.Templates;

namespace Suite.Docs.Application.Templates;

internal sealed class WordTemplateUploadValidator : AbstractValidator<WordTemplateUpload>
{
    public WordTemplateUploadValidator()
    {
        RuleFor(u => u.Name).NotEmpty().MaximumLength(200);
        RuleFor(u => u.Kind).NotEmpty().Must(k => TemplateKinds.All.Contains(k!) && k != TemplateKinds.Invoice)
            .WithMessage("kind is act, waybill, proposal, contract or letter (an invoice is printed with the invoice form).");
        RuleFor(u => u.NumberPrefix).NumberPrefix();
    }
}
