using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.SalesFacts;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.SalesFacts;
using Suite.Crm.Domain.SalesPlans;
using Suite.Crm.Domain.Settings;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.SalesPlans;

/// <summary>
/// Each manager's plan against what they sold in the month or quarter, with the percentage and where the pace leads
/// by the period's end. The fact is the company's choice (<see cref="SalesPlanBasis"/>): the amount of the deals won
/// in the period (by the deal's owner), or the payments applied in the period to invoices of the owner's deals (the
/// sales facts). A sales user gets only their own row; the team row needs <see cref="CrmPermissions.Deals.ViewAll"/>.
/// </summary>
internal sealed class PlanVsFactReport(
    CrmDbContext db, AttributedSalesFacts facts, SalesPlanSettingsService settings, ICurrentUser user, BusinessClock clock, CompanyCalendar calendar)
{
    public async Task<PlanVsFactDto> BuildAsync(string? periodCode, CancellationToken cancellationToken)
    {
        var period = periodCode is null
            ? SalesPeriod.Parse($"{clock.Today.Year:0000}-{clock.Today.Month:00}")!
            : SalesPeriod.Parse(periodCode) ?? throw InputValidationException.For("period", Text.Pick(
                "Период — месяц (2026-12) или квартал (2026-Q4).", "The period is a month (2026-12) or a quarter (2026-Q4)."));
        var basis = await settings.BasisAsync(cancellationToken);
        var seesAll = user.SeesAll<Deal>();
        var me = user.Id ?? Guid.Empty;

        var plans = await db.SalesPlans.AsNoTracking()
            .Where(p => p.Period == period.Code && (seesAll || p.OwnerId == me))
            .Select(p => new { p.OwnerId, p.Amount })
            .ToListAsync(cancellationToken);
        var achieved = basis == SalesPlanBasis.PaidInvoices
            ? await facts.Between(period.From, period.To)
                .Where(f => f.Kind == SalesFactKind.Payment && f.DealId != null)
                .GroupBy(f => f.OwnerId)
                .Select(g => new Achieved(g.Key, g.Sum(f => f.Amount)))
                .ToListAsync(cancellationToken)
            : await WonAsync(period, cancellationToken);

        var (days, passed) = WorkingDays(period);
        var ownerIds = plans.Select(p => p.OwnerId).Concat(achieved.Select(a => a.OwnerId)).OfType<Guid>().Distinct().ToList();
        var names = await db.People.NamesAsync(ownerIds, cancellationToken);
        var rows = ownerIds
            .Select(id => Row(id, names.GetValueOrDefault(id), plans.Where(p => p.OwnerId == id).Sum(p => p.Amount),
                achieved.Where(a => a.OwnerId == id).Sum(a => a.Amount), days, passed))
            .OrderByDescending(r => r.Fact).ThenBy(r => r.OwnerName, StringComparer.Ordinal).ThenBy(r => r.OwnerId)
            .ToList();

        PlanVsFactRowDto? team = null;
        if (seesAll)
        {
            var teamPlan = plans.SingleOrDefault(p => p.OwnerId is null)?.Amount ?? plans.Where(p => p.OwnerId is not null).Sum(p => p.Amount);
            team = Row(null, Text.Pick("Команда", "Team"), teamPlan, achieved.Sum(a => a.Amount), days, passed);
        }

        return new PlanVsFactDto(period.Code, basis, period.From, period.To, days, passed, rows, team);
    }

    /// <summary>The amount of the deals won in the period, by owner, over the deals the user may see.</summary>
    private async Task<List<Achieved>> WonAsync(SalesPeriod period, CancellationToken cancellationToken)
    {
        var instants = clock.Period(period.From, period.To);
        var won = db.Deals.VisibleTo(user).AsNoTracking().IgnoreAutoIncludes().Where(d => d.Status == DealStatus.Won);
        if (instants.From is { } start)
            won = won.Where(d => d.ClosedAt >= start);
        if (instants.Before is { } end)
            won = won.Where(d => d.ClosedAt < end);
        var rows = await won.GroupBy(d => d.OwnerId).Select(g => new { OwnerId = g.Key, Amount = g.Sum(d => d.Amount) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Achieved(r.OwnerId, r.Amount)).ToList();
    }

    /// <summary>The period's working days, and those of them up to today (today included; none before the period, all after it).</summary>
    private (int Days, int Passed) WorkingDays(SalesPeriod period)
    {
        var today = clock.Today;
        int days = 0, passed = 0;
        // Counted by day number: the day after 9999-12-31 does not exist.
        for (var n = period.From.DayNumber; n <= period.To.DayNumber; n++)
        {
            var day = DateOnly.FromDayNumber(n);
            if (!calendar.IsWorkingDay(day))
                continue;
            days++;
            if (day <= today)
                passed++;
        }

        return (days, passed);
    }

    private static PlanVsFactRowDto Row(Guid? ownerId, string? name, decimal plan, decimal fact, int days, int passed) =>
        new(ownerId, name, plan, fact, plan == 0 ? null : Math.Round(fact / plan * 100m, 2, MidpointRounding.AwayFromZero),
            Forecast(fact, days, passed));

    /// <summary>At the pace so far: fact × working days ÷ those passed. Before the first working day, and after the period, it is the fact.</summary>
    internal static decimal Forecast(decimal fact, int days, int passed) =>
        passed == 0 || passed >= days ? fact : Math.Round(fact * days / passed, 2, MidpointRounding.AwayFromZero);

    private sealed record Achieved(Guid? OwnerId, decimal Amount);
}
