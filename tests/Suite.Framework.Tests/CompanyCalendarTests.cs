using Shouldly;
using Suite.Framework.Time;
using Xunit;

namespace Suite.Framework.Tests;

/// <summary>Working days: a weekend, a holiday and a worked Saturday, counted at the same local time of day.</summary>
public sealed class CompanyCalendarTests
{
    private static readonly TimeZoneInfo Moscow = CompanyTimeZone.Find("Europe/Moscow")!;
    private static readonly TimeZoneInfo Berlin = CompanyTimeZone.Find("Europe/Berlin")!;

    private static CompanyCalendar Calendar(int[]? weekend = null, string[]? holidays = null, string[]? workdays = null)
    {
        var calendar = new CompanyCalendar();
        calendar.Use(new WorkingDays(weekend ?? [6, 7], (holidays ?? []).Select(DateOnly.Parse), (workdays ?? []).Select(DateOnly.Parse)));
        return calendar;
    }

    private static DateTimeOffset At(string local, TimeZoneInfo zone) => WallClock.InZone(DateTime.Parse(local), zone);

    [Fact]
    public void Should_Move_Friday_Afternoon_Plus_One_Working_Day_To_Monday_Afternoon()
    {
        // 2027-01-15 is a Friday.
        var due = Calendar().AddWorkingDays(At("2027-01-15T15:00", Moscow), 1, Moscow);

        due.ShouldBe(At("2027-01-18T15:00", Moscow));
        due.Offset.ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public void Should_Skip_A_Holiday()
    {
        // Monday 2027-02-22 plus one: Tuesday 23 February is Defender of the Fatherland Day.
        Calendar(holidays: ["2027-02-23"]).AddWorkingDays(At("2027-02-22T09:30", Moscow), 1, Moscow)
            .ShouldBe(At("2027-02-24T09:30", Moscow));
    }

    [Fact]
    public void Should_Count_A_Worked_Saturday()
    {
        // Friday 2027-03-05 plus one: Saturday the 6th is worked instead of Monday 8 March.
        var calendar = Calendar(holidays: ["2027-03-08"], workdays: ["2027-03-06"]);

        calendar.AddWorkingDays(At("2027-03-05T12:00", Moscow), 1, Moscow).ShouldBe(At("2027-03-06T12:00", Moscow));
        calendar.AddWorkingDays(At("2027-03-05T12:00", Moscow), 2, Moscow).ShouldBe(At("2027-03-09T12:00", Moscow));
        calendar.IsWorkingDay(new DateOnly(2027, 3, 6)).ShouldBeTrue();
        calendar.IsWorkingDay(new DateOnly(2027, 3, 7)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2027, 3, 8)).ShouldBeFalse();
    }

    [Fact]
    public void Should_Count_From_The_Next_Working_Day_When_Starting_On_A_Day_Off()
    {
        var calendar = Calendar();

        // Saturday 10:00: the count begins Monday 10:00, so one working day later is Tuesday 10:00.
        calendar.AddWorkingDays(At("2027-01-16T10:00", Moscow), 1, Moscow).ShouldBe(At("2027-01-19T10:00", Moscow));
        // Zero days is the start itself, even at a weekend.
        calendar.AddWorkingDays(At("2027-01-16T10:00", Moscow), 0, Moscow).ShouldBe(At("2027-01-16T10:00", Moscow));
    }

    [Fact]
    public void Should_Count_Working_Days_On_The_Company_Calendar_Day_Not_The_UTC_One()
    {
        // Friday 01:00 in Moscow is still Thursday in UTC; plus one working day is Monday 01:00 Moscow.
        Calendar().AddWorkingDays(DateTimeOffset.Parse("2027-01-14T22:00:00Z"), 1, Moscow)
            .ShouldBe(DateTimeOffset.Parse("2027-01-17T22:00:00Z"));
    }

    [Fact]
    public void Should_Keep_The_Local_Time_Across_A_Clock_Change()
    {
        // Berlin moves to summer time on Sunday 2027-03-28: Friday 09:00 CET plus one is Monday 09:00 CEST.
        var due = Calendar().AddWorkingDays(At("2027-03-26T09:00", Berlin), 1, Berlin);

        due.ShouldBe(DateTimeOffset.Parse("2027-03-29T07:00:00Z"));
        due.Offset.ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Should_Honour_Other_Weekends()
    {
        // A six-day week with Sunday off only: Saturday is a working day.
        var calendar = Calendar(weekend: [7]);

        calendar.AddWorkingDays(new DateOnly(2027, 1, 15), 1).ShouldBe(new DateOnly(2027, 1, 16));
        calendar.AddWorkingDays(new DateOnly(2027, 1, 16), 1).ShouldBe(new DateOnly(2027, 1, 18));
    }

    [Fact]
    public void Should_Count_Through_The_Russian_New_Year_Holidays()
    {
        var holidays = Enumerable.Range(1, 8).Select(d => $"2027-01-{d:00}").ToArray();

        // Thursday 31 December plus one working day: 1–8 January off, 9 and 10 January are a weekend.
        Calendar(holidays: holidays).AddWorkingDays(new DateOnly(2026, 12, 31), 1).ShouldBe(new DateOnly(2027, 1, 11));
    }

    [Fact]
    public void Should_Refuse_A_Week_Without_A_Working_Day_And_A_Negative_Count()
    {
        Should.Throw<ArgumentException>(() => new WorkingDays([1, 2, 3, 4, 5, 6, 7], [], []));
        Should.Throw<ArgumentOutOfRangeException>(() => new WorkingDays([0], [], []));
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar().AddWorkingDays(new DateOnly(2027, 1, 15), -1));
    }

    [Fact]
    public void Should_Read_Skipped_And_Repeated_Wall_Clock_Times_Like_Calendar_Apps()
    {
        // 02:30 does not exist in Berlin on 2027-03-28: it is 03:30 summer time.
        WallClock.InZone(new DateTime(2027, 3, 28, 2, 30, 0), Berlin).ShouldBe(DateTimeOffset.Parse("2027-03-28T03:30:00+02:00"));
        // 02:30 happens twice on 2027-10-31: the first one, still summer time.
        WallClock.InZone(new DateTime(2027, 10, 31, 2, 30, 0), Berlin).ShouldBe(DateTimeOffset.Parse("2027-10-31T02:30:00+02:00"));
    }
}
