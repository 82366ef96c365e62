using FluentValidation;
using Suite.Framework.Localization;

namespace Suite.Stock.Application;

/// <summary>The shapes Stock's numbers must have: they fit numeric columns and, on SQLite, ten-thousandths in an integer.</summary>
internal static class StockInputRules
{
    public const decimal Max = 1_000_000_000m;

    public static IRuleBuilderOptions<T, decimal?> Money<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || (v >= 0 && v < Max && decimal.Round(v.Value, 2) == v))
            .WithMessage(_ => Text.Pick("Сумма — неотрицательное число с не более чем 2 знаками после запятой.",
                "Amounts are non-negative numbers with at most 2 decimals."));

    public static IRuleBuilderOptions<T, decimal?> UnitCost<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || (v >= 0 && v < Max && decimal.Round(v.Value, 4) == v))
            .WithMessage(_ => Text.Pick("Себестоимость — неотрицательное число с не более чем 4 знаками после запятой.",
                "A unit cost is a non-negative number with at most 4 decimals."));

    public static IRuleBuilderOptions<T, decimal?> Quantity<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || (v >= 0 && v < Max && decimal.Round(v.Value, 3) == v))
            .WithMessage(_ => Text.Pick("Количество — неотрицательное число с не более чем 3 знаками после запятой.",
                "A quantity is a non-negative number with at most 3 decimals."));
}
