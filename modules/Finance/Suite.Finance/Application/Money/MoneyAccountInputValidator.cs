using FluentValidation;
using Suite.Finance.Domain.Money;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Money;

internal sealed class MoneyAccountInputValidator : AbstractValidator<MoneyAccountInput>
{
    public MoneyAccountInputValidator()
    {
        RuleFor(a => a.Name).NotEmpty().MaximumLength(200)
            .WithMessage(_ => Text.Pick("Укажите название (до 200 знаков).", "Give a name (up to 200 characters)."));
        RuleFor(a => a.Kind).NotNull()
            .WithMessage(_ => Text.Pick("Укажите вид: касса или банковский счёт.", "Choose the kind: cash desk or bank account."));
        RuleFor(a => a.AccountNumber ?? a.BankAccountNumber).NotEmpty().Matches(@"^\d{20}$").OverridePropertyName("accountNumber")
            .When(a => a.Kind == MoneyAccountKind.Bank)
            .WithMessage(_ => Text.Pick("Номер расчётного счёта — 20 цифр.", "The bank account number is 20 digits."));
        RuleFor(a => a.Bic).NotEmpty().Matches(@"^\d{9}$").When(a => a.Kind == MoneyAccountKind.Bank)
            .WithMessage(_ => Text.Pick("БИК — 9 цифр.", "The BIC is 9 digits."));
        RuleFor(a => a.CorrespondentAccount).Matches(@"^\d{20}$").When(a => !string.IsNullOrEmpty(a.CorrespondentAccount))
            .WithMessage(_ => Text.Pick("Корреспондентский счёт — 20 цифр.", "The correspondent account is 20 digits."));
        RuleFor(a => a.BankName).MaximumLength(300)
            .WithMessage(_ => Text.Pick("Название банка — до 300 знаков.", "The bank's name is up to 300 characters."));
    }
}
