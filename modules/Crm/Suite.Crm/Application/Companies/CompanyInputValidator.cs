using Suite.Framework.Requisites;
using FluentValidation;
using Suite.Crm.Domain.Companies;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Companies;

internal sealed class CompanyInputValidator : AbstractValidator<CompanyInput>
{
    public CompanyInputValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(_ => Text.Pick("Введите название компании.", "Enter the company name.")).MaximumLength(300);
        RuleFor(c => c.TaxId!.Trim())
            .Must(TaxId.IsValid).WithMessage(_ => Text.Pick("ИНН — 10 или 12 цифр с верными контрольными цифрами.",
                "The tax id (ИНН) must be 10 or 12 digits with valid check digits."))
            .OverridePropertyName(nameof(CompanyInput.TaxId))
            .When(c => !string.IsNullOrWhiteSpace(c.TaxId));
        RuleFor(c => c.Kpp!.Trim())
            .Matches("^[0-9]{4}[0-9A-Za-z]{2}[0-9]{3}$").WithMessage(_ => Text.Pick("КПП — 9 знаков: 4 цифры, 2 цифры или буквы, 3 цифры.",
                "КПП is 9 characters: 4 digits, 2 digits or letters, 3 digits."))
            .OverridePropertyName(nameof(CompanyInput.Kpp))
            .When(c => !string.IsNullOrWhiteSpace(c.Kpp));
        RuleFor(c => c.Email!.Trim())
            .EmailAddress().WithMessage(_ => Text.Pick("Введите правильный адрес e-mail.", "Enter a valid e-mail address.")).MaximumLength(200)
            .OverridePropertyName(nameof(CompanyInput.Email))
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Phone).MaximumLength(50);
        RuleFor(c => c.Address).MaximumLength(500);
        RuleFor(c => c.Website).MaximumLength(200);
        RuleFor(c => c.Tags).Must(t => t!.Count <= 20).WithMessage(_ => Text.Pick("У компании не больше 20 тегов.", "A company can have at most 20 tags.")).When(c => c.Tags is not null);
        RuleForEach(c => c.Tags).MaximumLength(50);
        RuleFor(c => c.CustomFields)
            .Must(f => f!.Count <= 50 && f.Keys.All(k => k.Length is > 0 and <= 100) && f.Values.All(v => v.Length <= 1000))
            .WithMessage(_ => Text.Pick("Дополнительных полей не больше 50; название до 100, значение до 1000 символов.",
                "Custom fields: at most 50, names up to 100 and values up to 1000 characters."))
            .When(c => c.CustomFields is not null);
    }
}
