using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>Reads and changes the company's working calendar; a new installation starts with Russia's public holidays.</summary>
internal sealed class WorkingCalendarService(SettingsDbContext db, CompanyCalendar companyCalendar, BusinessClock clock)
{
    public async Task<WorkingCalendarDto> GetAsync(CancellationToken cancellationToken) =>
        WorkingCalendarDto.From(await CurrentAsync(cancellationToken));

    public async Task<WorkingCalendarDto> UpdateAsync(WorkingCalendarInput input, CancellationToken cancellationToken)
    {
        var calendar = await CurrentAsync(cancellationToken);
        if (db.Entry(calendar).State != EntityState.Added)
            db.ExpectConcurrencyStamp(calendar, input.ConcurrencyStamp);
        var days = input.ToWorkingDays();
        calendar.Update(days);
        await db.SaveChangesAsync(cancellationToken);
        // This instance counts with it at once; the others with their next refresh (CompanySettingsRefresh).
        companyCalendar.Use(days);
        return WorkingCalendarDto.From(days, calendar.ConcurrencyStamp);
    }

    /// <summary>The stored calendar with its stamp (to notice a change cheaply), or null before it was first saved.</summary>
    public async Task<(string Stamp, WorkingDays Days)?> StoredAsync(CancellationToken cancellationToken)
    {
        var calendar = await db.Calendar.AsNoTracking().SingleOrDefaultAsync(c => c.Id == WorkingCalendar.SingletonId, cancellationToken);
        return calendar is null ? null : (calendar.ConcurrencyStamp, calendar.ToWorkingDays());
    }

    /// <summary>
    /// Saves the first calendar of a new installation (weekends, this year's and next year's holidays) and returns
    /// the stored one. Two instances starting together may both try: the second one's insert fails and it reads the
    /// first one's.
    /// </summary>
    public async Task<WorkingDays> EnsureStoredAsync(CancellationToken cancellationToken)
    {
        if (await StoredAsync(cancellationToken) is { } stored)
            return stored.Days;
        var calendar = Seeded();
        db.Calendar.Add(calendar);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return calendar.ToWorkingDays();
        }
        catch (DbUpdateException)
        {
            db.Entry(calendar).State = EntityState.Detached;
            return (await StoredAsync(cancellationToken))?.Days ?? calendar.ToWorkingDays();
        }
    }

    private async Task<WorkingCalendar> CurrentAsync(CancellationToken cancellationToken)
    {
        var calendar = await db.Calendar.FindAsync([WorkingCalendar.SingletonId], cancellationToken);
        if (calendar is not null)
            return calendar;
        calendar = Seeded();
        db.Calendar.Add(calendar);
        return calendar;
    }

    private WorkingCalendar Seeded()
    {
        var year = clock.Today.Year;
        var calendar = new WorkingCalendar();
        calendar.Update(new WorkingDays(WorkingDays.Default.WeekendDays, RussianHolidays.Of(year).Concat(RussianHolidays.Of(year + 1)), []));
        return calendar;
    }
}
