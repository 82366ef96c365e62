namespace Suite.Crm.Application.SalesReports;

/// <summary>How the sales reports state a margin: percent of revenue, two decimals, none without revenue.</summary>
internal static class Margins
{
    public static decimal? Percent(decimal profit, decimal revenue) =>
        revenue == 0 ? null : Math.Round(profit / revenue * 100m, 2, MidpointRounding.AwayFromZero);
}
