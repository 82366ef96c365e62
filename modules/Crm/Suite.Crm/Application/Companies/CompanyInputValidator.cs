using FluentValidation;
using Suite.Crm.Domain.Companies;

namespace Suite.Crm.Application.Companies;

internal sealed class CompanyInputValidator : AbstractValidator<CompanyInput>
{
    public CompanyInputValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the company name.").MaximumLength(300);
        RuleFor(c => c.TaxId!.Trim())
            .Must(TaxId.IsValid).WithMessage("The tax id (ИНН) must be 10 or 12 digits with valid check digits.")
            .OverridePropertyName(nameof(CompanyInput.TaxId))
            .When(c => !string.IsNullOrWhiteSpace(c.TaxId));
        RuleFor(c => c.Kpp!.Trim())
            .Matches("^[0-9]{4}[0-9A-Za-z]{2}[0-9]{3}$").WithMessage("КПП is 9 characters: 4 digits, 2 digits or letters, 3 digits.")
            .OverridePropertyName(nameof(CompanyInput.Kpp))
            .When(c => !string.IsNullOrWhiteSpace(c.Kpp));
        RuleFor(c => c.Email!.Trim())
            .EmailAddress().WithMessage("Enter a valid e-mail address.").MaximumLength(200)
            .OverridePropertyName(nameof(CompanyInput.Email))
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Phone).MaximumLength(50);
        RuleFor(c => c.Address).MaximumLength(500);
        RuleFor(c => c.Website).MaximumLength(200);
        RuleFor(c => c.Tags).Must(t => t!.Count <= 20).WithMessage("A company can have at most 20 tags.").When(c => c.Tags is not null);
        RuleForEach(c => c.Tags).MaximumLength(50);
        RuleFor(c => c.CustomFields)
            .Must(f => f!.Count <= 50 && f.Keys.All(k => k.Length is > 0 and <= 100) && f.Values.All(v => v.Length <= 1000))
            .WithMessage("Custom fields: at most 50, names up to 100 and values up to 1000 characters.")
            .When(c => c.CustomFields is not null);
    }
}
