using Suite.Framework.Requisites;
using FluentValidation;
using Suite.Crm.Application.Deals;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Domain.Leads;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Leads;

internal sealed class LeadInputValidator : AbstractValidator<LeadInput>
{
    public LeadInputValidator()
    {
        RuleFor(l => l.Title).MaximumLength(300);
        RuleFor(l => l.Name).MaximumLength(200);
        RuleFor(l => l.CompanyName).MaximumLength(300);
        RuleFor(l => l.Phone).MaximumLength(50);
        RuleFor(l => l.Comment).MaximumLength(2000);
        RuleFor(l => l.Email!.Trim())
            .EmailAddress().WithMessage(_ => Text.Pick("Введите правильный адрес e-mail.", "Enter a valid e-mail address.")).MaximumLength(200)
            .OverridePropertyName(nameof(LeadInput.Email))
            .When(l => !string.IsNullOrWhiteSpace(l.Email));
        RuleFor(l => l.TaxId!.Trim())
            .Must(TaxId.IsValid).WithMessage(_ => Text.Pick("ИНН — 10 или 12 цифр с верными контрольными цифрами.",
                "The tax id (ИНН) must be 10 or 12 digits with valid check digits."))
            .OverridePropertyName(nameof(LeadInput.TaxId))
            .When(l => !string.IsNullOrWhiteSpace(l.TaxId));
        RuleFor(l => l.Name)
            .Must((l, _) => new[] { l.Title, l.Name, l.CompanyName, l.Phone, l.Email }.Any(v => !string.IsNullOrWhiteSpace(v)))
            .WithMessage(_ => Text.Pick("Укажите хотя бы имя, компанию, телефон или e-mail.", "Enter at least a name, a company, a phone or an e-mail."));
        RuleFor(l => l.Status)
            .Must(s => s is LeadStatus.New or LeadStatus.InWork)
            .WithMessage(_ => Text.Pick(
                "Статус — new или inWork; для «Мусор» и «Преобразован» есть отдельные действия.",
                "The status is new or inWork; junk and converted have their own actions."))
            .When(l => l.Status is not null);
    }
}

internal sealed class JunkLeadInputValidator : AbstractValidator<JunkLeadInput>
{
    public JunkLeadInputValidator()
    {
        RuleFor(j => j.Reason).NotEmpty().WithMessage(_ => Text.Pick("Укажите, почему это мусор.", "Say why the lead is junk."))
            .MaximumLength(500);
    }
}

internal sealed class ConvertLeadInputValidator : AbstractValidator<ConvertLeadInput>
{
    public ConvertLeadInputValidator()
    {
        RuleFor(c => c.DealTitle).MaximumLength(300);
        RuleFor(c => c.Amount).Must(DealInputValidator.BeMoney).WithMessage(_ => Text.Pick(
                "Сумма — не меньше нуля, не больше двух знаков после запятой.", "The amount is not negative and has at most 2 decimals."))
            .When(c => c.Amount is not null);
    }
}
