using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.SalesReports;

/// <summary>The products report's query: the period, what the top is by, and how many.</summary>
internal sealed class ProductSalesRequest
{
    public const int DefaultTake = 20;
    public const int MaxTake = 1000;
    public static readonly IReadOnlyList<string> Sorts = ["revenue", "quantity", "margin"];

    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "take")] public int? Take { get; set; }

    public SalesReportPeriod ToPeriod() => new() { From = From, To = To };

    public string ResolveSort()
    {
        var sort = string.IsNullOrWhiteSpace(Sort) ? "revenue" : Sort.Trim().ToLowerInvariant();
        return Sorts.Contains(sort) ? sort : throw InputValidationException.For("sort", Text.Pick(
            "Сортировка — revenue, quantity или margin.", "Sort by revenue, quantity or margin."));
    }

    public int ResolveTake() => Take switch
    {
        null => DefaultTake,
        < 1 or > MaxTake => throw InputValidationException.For("take", Text.Pick(
            $"Сколько товаров показать — от 1 до {MaxTake}.", $"Take between 1 and {MaxTake} products.")),
        { } take => take,
    };
}
