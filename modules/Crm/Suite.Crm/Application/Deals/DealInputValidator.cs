using FluentValidation;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Deals;

internal sealed class DealInputValidator : AbstractValidator<DealInput>
{
    /// <summary>Fits numeric(18,2) and, on SQLite, whole kopecks in a 64-bit integer.</summary>
    internal const decimal MaxMoney = 999_999_999_999m;

    public DealInputValidator()
    {
        RuleFor(d => d.Title).NotEmpty().WithMessage(_ => Text.Pick("Введите название сделки.", "Enter the deal title.")).MaximumLength(300);
        RuleFor(d => d.CompanyId).NotEmpty().WithMessage(_ => Text.Pick("Выберите компанию.", "Choose the company."));
        RuleFor(d => d.Amount).Must(BeMoney).WithMessage(_ => Text.Pick(
                "Сумма — не меньше нуля, не больше двух знаков после запятой.", "The amount is not negative and has at most 2 decimals."))
            .When(d => d.Amount is not null);
        RuleFor(d => d.Currency).Matches("^[A-Z]{3}$").WithMessage(_ => Text.Pick(
                "Валюта — три заглавные латинские буквы (RUB, USD).", "The currency is three capital letters (RUB, USD)."))
            .When(d => !string.IsNullOrWhiteSpace(d.Currency));
        RuleFor(d => d.Lines).Must(l => l!.Count <= 200).WithMessage(_ => Text.Pick("Строк не больше 200.", "At most 200 lines."))
            .When(d => d.Lines is not null);
        RuleForEach(d => d.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Description).NotEmpty().WithMessage(_ => Text.Pick("Опишите позицию.", "Describe the line.")).MaximumLength(500);
            line.RuleFor(l => l.Quantity).NotNull().WithMessage(_ => Text.Pick("Укажите количество.", "Enter the quantity."))
                .Must(q => q > 0 && q <= 1_000_000 && decimal.Round(q!.Value, 3) == q).WithMessage(_ => Text.Pick(
                    "Количество — больше нуля, не больше трёх знаков после запятой.", "The quantity is above zero with at most 3 decimals."))
                .When(l => l.Quantity is not null);
            line.RuleFor(l => l.UnitPrice).NotNull().WithMessage(_ => Text.Pick("Укажите цену.", "Enter the price."))
                .Must(BeMoney).WithMessage(_ => Text.Pick(
                    "Цена — не меньше нуля, не больше двух знаков после запятой.", "The price is not negative and has at most 2 decimals."))
                .When(l => l.UnitPrice is not null);
        });
        RuleFor(d => d.Lines)
            .Must(l => l!.Where(x => x.Quantity is not null && x.UnitPrice is not null).Sum(x => x.Quantity!.Value * x.UnitPrice!.Value) <= MaxMoney)
            .WithMessage(_ => Text.Pick("Сумма сделки слишком велика.", "The deal amount is too large."))
            .When(d => d.Lines is { Count: > 0 } && d.Lines.All(x => x.Quantity is > 0 and <= 1_000_000 && x.UnitPrice is >= 0 and <= MaxMoney));
    }

    internal static bool BeMoney(decimal? value) => value is >= 0 and <= MaxMoney && decimal.Round(value.Value, 2) == value.Value;
}

internal sealed class LoseDealInputValidator : AbstractValidator<LoseDealInput>
{
    public LoseDealInputValidator()
    {
        RuleFor(l => l.LossReasonId).NotEmpty().WithMessage(_ => Text.Pick("Укажите причину отказа.", "Choose why the deal was lost."));
        RuleFor(l => l.Comment).MaximumLength(1000);
    }
}

internal sealed class MoveDealInputValidator : AbstractValidator<MoveDealInput>
{
    public MoveDealInputValidator()
    {
        RuleFor(m => m.StageId).NotEmpty().WithMessage(_ => Text.Pick("Выберите этап.", "Choose the stage."));
    }
}
