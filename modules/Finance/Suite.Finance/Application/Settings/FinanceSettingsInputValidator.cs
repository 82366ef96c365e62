using FluentValidation;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Settings;

internal sealed class FinanceSettingsInputValidator : AbstractValidator<FinanceSettingsInput>
{
    public FinanceSettingsInputValidator()
    {
        RuleFor(s => s.InvoicePrefix).Matches(@"^[\p{L}\p{N}]{1,10}$").When(s => s.InvoicePrefix is not null)
            .WithMessage(_ => Text.Pick("Префикс — от 1 до 10 букв или цифр.", "The prefix is 1 to 10 letters or digits."));
        // Payments and transfers number in the same yearly series table under their own prefixes.
        RuleFor(s => s.InvoicePrefix).Must(p => p is not (Payment.NumberPrefix or Transfer.NumberPrefix))
            .WithMessage(_ => Text.Pick("Этот префикс занят платежами и переводами.", "This prefix is taken by payments and transfers."));
        RuleFor(s => s.PaymentTermDays).InclusiveBetween(0, 365)
            .WithMessage(_ => Text.Pick("Срок оплаты — от 0 до 365 дней.", "Payment terms are 0 to 365 days."));
        RuleFor(s => s.LockDate).Must(d => d is null || d.Value.Year >= 2000 && d.Value.Year <= 2100)
            .WithMessage(_ => Text.Pick("Дата закрытия периода — между 2000 и 2100 годом.", "The lock date is between 2000 and 2100."));
    }
}
