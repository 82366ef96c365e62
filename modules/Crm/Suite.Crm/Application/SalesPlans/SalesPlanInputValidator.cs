using FluentValidation;
using Suite.Crm.Application.Deals;
using Suite.Crm.Domain.SalesPlans;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.SalesPlans;

internal sealed class SalesPlanInputValidator : AbstractValidator<SalesPlanInput>
{
    public SalesPlanInputValidator()
    {
        RuleFor(p => p.Period).Must(p => SalesPeriod.Parse(p) is not null).WithMessage(_ => Text.Pick(
            "Период — месяц (2026-12) или квартал (2026-Q4).", "The period is a month (2026-12) or a quarter (2026-Q4)."));
        RuleFor(p => p.Amount).NotNull().WithMessage(_ => Text.Pick("Укажите сумму плана.", "Enter the plan's amount."))
            .Must(DealInputValidator.BeMoney).WithMessage(_ => Text.Pick(
                "Сумма — не меньше нуля, не больше двух знаков после запятой.", "The amount is not negative and has at most 2 decimals."))
            .When(p => p.Amount is not null);
    }
}
