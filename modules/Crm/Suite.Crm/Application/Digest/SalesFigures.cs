using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.Reports;
using Suite.Crm.Application.SalesPlans;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Framework.Digest;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Digest;

/// <summary>
/// The week's sales for the digest, over the leads and deals the reader may see (a sales manager their own): leads
/// received, deals won (by the day they were won) and their amount, each beside the week before; and the plan against
/// the fact of the month the week ends in, as the plan report shows it (the team's row for who sees everyone's).
/// </summary>
internal sealed class SalesFigures(CrmDbContext db, NewLeadsReport leads, PlanVsFactReport plans, ICurrentUser user, BusinessClock clock)
    : IWeeklyFigures
{
    public int Order => 20;

    public string Permission => CrmPermissions.Reports.Default;

    public async Task<DigestSection> BuildAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var newLeads = await leads.BuildAsync(new ReportFilter { From = week.From, To = week.To }, null, cancellationToken);
        var newLeadsBefore = await leads.BuildAsync(new ReportFilter { From = week.PreviousFrom, To = week.PreviousTo }, null, cancellationToken);
        var won = await WonAsync(week.From, week.To, cancellationToken);
        var wonBefore = await WonAsync(week.PreviousFrom, week.PreviousTo, cancellationToken);
        var plan = await plans.BuildAsync($"{week.To.Year:0000}-{week.To.Month:00}", cancellationToken);
        var (planned, fact) = plan.Team is { } team
            ? (team.Plan, team.Fact)
            : (plan.Rows.Sum(r => r.Plan), plan.Rows.Sum(r => r.Fact));

        var figures = new List<DigestFigure>
        {
            new("newLeads", Text.Pick("Новых лидов", "New leads"), newLeads.Total.Received, newLeadsBefore.Total.Received, DigestUnit.Count),
            new("dealsWon", Text.Pick("Выиграно сделок", "Deals won"), won.Count, wonBefore.Count, DigestUnit.Count),
            new("wonAmount", Text.Pick("Сумма выигранных сделок", "Won deals amount"), won.Amount, wonBefore.Amount, DigestUnit.Money),
            new("planFact", Text.Pick($"Факт месяца {plan.Period}", $"Fact of {plan.Period}"), fact, null, DigestUnit.Money),
        };
        if (planned != 0)
        {
            figures.Add(new("plan", Text.Pick($"План месяца {plan.Period}", $"Plan of {plan.Period}"), planned, null, DigestUnit.Money));
            figures.Add(new("planPercent", Text.Pick("Выполнение плана", "Plan achieved"),
                Math.Round(fact / planned * 100m, 2, MidpointRounding.AwayFromZero), null, DigestUnit.Percent));
        }

        return new DigestSection("sales", Text.Pick("Продажи", "Sales"), figures);
    }

    /// <summary>The deals won within the company days given, of those the reader may see.</summary>
    private async Task<(int Count, decimal Amount)> WonAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var period = clock.Period(from, to);
        var won = db.Deals.VisibleTo(user).AsNoTracking().IgnoreAutoIncludes()
            .Where(d => d.Status == DealStatus.Won && d.ClosedAt >= period.From && d.ClosedAt < period.Before);
        var rows = await won.Select(d => d.Amount).ToListAsync(cancellationToken);
        return (rows.Count, rows.Sum());
    }
}
