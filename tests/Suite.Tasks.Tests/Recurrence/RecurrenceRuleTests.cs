using System.Globalization;
using Shouldly;
using Suite.Framework.Domain;
using Suite.Framework.Time;
using Suite.Tasks.Domain.Recurrence;
using Xunit;

namespace Suite.Tasks.Tests.Recurrence;

/// <summary>
/// The next occurrence of a recurring task: month ends, the 31st, 29 February, several weekdays across a week, INTERVAL,
/// the ends (COUNT, UNTIL), a clock change keeping 09:00 local, and the strings refused.
/// </summary>
public sealed class RecurrenceRuleTests
{
    private static readonly TimeZoneInfo Moscow = CompanyTimeZone.Find("Europe/Moscow")!;
    private static readonly TimeZoneInfo Berlin = CompanyTimeZone.Find("Europe/Berlin")!;

    private static DateTimeOffset At(string local, TimeZoneInfo? zone = null) =>
        WallClock.InZone(DateTime.Parse(local, CultureInfo.InvariantCulture), zone ?? Moscow);

    /// <summary>The due times after <paramref name="first"/>, as local "yyyy-MM-dd HH:mm", until the series ends or <paramref name="max"/>.</summary>
    private static List<string> Series(string rule, string first, int max = 10, TimeZoneInfo? zone = null)
    {
        zone ??= Moscow;
        var current = RecurrenceRule.Parse(rule).AnchoredTo(At(first, zone), zone);
        var due = At(first, zone);
        var days = new List<string>();
        while (days.Count < max && current.Next(due, zone) is { } next)
        {
            days.Add(TimeZoneInfo.ConvertTime(next, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            due = next;
            current = current.ForNextOccurrence();
        }

        return days;
    }

    [Fact]
    public void Should_Come_Back_Every_Day_And_Every_Third_Day()
    {
        Series("FREQ=DAILY", "2027-02-27T10:00", 3).ShouldBe(["2027-02-28 10:00", "2027-03-01 10:00", "2027-03-02 10:00"]);
        Series("FREQ=DAILY;INTERVAL=3", "2027-12-30T10:00", 2).ShouldBe(["2028-01-02 10:00", "2028-01-05 10:00"]);
    }

    [Fact]
    public void Should_Go_To_The_Next_Chosen_Weekday_Across_The_Week_Boundary()
    {
        // 2027-01-13 is a Wednesday: Thursday, then Monday and Thursday of the next weeks.
        Series("FREQ=WEEKLY;BYDAY=MO,TH", "2027-01-13T09:00", 4)
            .ShouldBe(["2027-01-14 09:00", "2027-01-18 09:00", "2027-01-21 09:00", "2027-01-25 09:00"]);
        // Every second week on Monday and Friday, from a Friday: the Monday after the skipped week.
        Series("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR,MO", "2027-01-15T09:00", 3)
            .ShouldBe(["2027-01-25 09:00", "2027-01-29 09:00", "2027-02-08 09:00"]);
        // Sunday ends the week (weeks start on Monday).
        Series("FREQ=WEEKLY;BYDAY=SU,SA", "2027-01-16T18:00", 3).ShouldBe(["2027-01-17 18:00", "2027-01-23 18:00", "2027-01-24 18:00"]);
    }

    [Fact]
    public void Should_Keep_The_Weekday_Of_The_First_Due_Time_Without_BYDAY()
    {
        RecurrenceRule.Parse("FREQ=WEEKLY").AnchoredTo(At("2027-01-13T09:00"), Moscow).ToString().ShouldBe("FREQ=WEEKLY;BYDAY=WE");
        Series("FREQ=WEEKLY", "2027-01-13T09:00", 2).ShouldBe(["2027-01-20 09:00", "2027-01-27 09:00"]);
    }

    [Fact]
    public void Should_Fall_On_The_Last_Day_Of_A_Month_Without_The_31st_And_Return_To_The_31st()
    {
        Series("FREQ=MONTHLY", "2027-01-31T12:00", 4)
            .ShouldBe(["2027-02-28 12:00", "2027-03-31 12:00", "2027-04-30 12:00", "2027-05-31 12:00"]);
        Series("FREQ=MONTHLY;BYMONTHDAY=30", "2027-12-30T12:00", 3).ShouldBe(["2028-01-30 12:00", "2028-02-29 12:00", "2028-03-30 12:00"]);
    }

    [Fact]
    public void Should_Come_On_The_Last_Day_Of_Every_Month()
    {
        Series("FREQ=MONTHLY;BYMONTHDAY=-1", "2027-12-31T17:00", 4)
            .ShouldBe(["2028-01-31 17:00", "2028-02-29 17:00", "2028-03-31 17:00", "2028-04-30 17:00"]);
    }

    [Fact]
    public void Should_Continue_In_The_Same_Month_When_The_First_Task_Is_Before_The_Chosen_Day()
    {
        Series("FREQ=MONTHLY;BYMONTHDAY=20", "2027-01-05T09:00", 2).ShouldBe(["2027-01-20 09:00", "2027-02-20 09:00"]);
        Series("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1", "2027-01-01T09:00", 2).ShouldBe(["2027-04-01 09:00", "2027-07-01 09:00"]);
    }

    [Fact]
    public void Should_Keep_29_February_In_Leap_Years_And_Use_28_February_In_The_Others()
    {
        RecurrenceRule.Parse("FREQ=YEARLY").AnchoredTo(At("2028-02-29T10:00"), Moscow).ToString().ShouldBe("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29");
        Series("FREQ=YEARLY", "2028-02-29T10:00", 5)
            .ShouldBe(["2029-02-28 10:00", "2030-02-28 10:00", "2031-02-28 10:00", "2032-02-29 10:00", "2033-02-28 10:00"]);
        Series("FREQ=YEARLY;INTERVAL=2;BYMONTH=11;BYMONTHDAY=4", "2027-11-04T09:00", 2).ShouldBe(["2029-11-04 09:00", "2031-11-04 09:00"]);
    }

    [Fact]
    public void Should_End_After_COUNT_Occurrences_And_After_UNTIL()
    {
        // COUNT=3: the first task and two more.
        Series("FREQ=DAILY;COUNT=3", "2027-01-10T09:00").ShouldBe(["2027-01-11 09:00", "2027-01-12 09:00"]);
        RecurrenceRule.Parse("FREQ=DAILY;COUNT=1").Next(At("2027-01-10T09:00"), Moscow).ShouldBeNull();
        RecurrenceRule.Parse("FREQ=DAILY;COUNT=3").ForNextOccurrence().ToString().ShouldBe("FREQ=DAILY;COUNT=2");
        // UNTIL is a company-local date, inclusive.
        Series("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270125", "2027-01-04T09:00").ShouldBe(["2027-01-11 09:00", "2027-01-18 09:00", "2027-01-25 09:00"]);
    }

    [Fact]
    public void Should_Keep_Nine_In_The_Morning_Across_Berlin_Clock_Changes()
    {
        // Berlin: summer time from 2027-03-28, winter time from 2027-10-31.
        var spring = RecurrenceRule.Parse("FREQ=DAILY").Next(At("2027-03-27T09:00", Berlin), Berlin)!.Value;
        spring.ShouldBe(DateTimeOffset.Parse("2027-03-28T07:00:00Z", CultureInfo.InvariantCulture));
        spring.Offset.ShouldBe(TimeSpan.FromHours(2));
        RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=SU").Next(At("2027-10-24T09:00", Berlin), Berlin)
            .ShouldBe(DateTimeOffset.Parse("2027-10-31T08:00:00Z", CultureInfo.InvariantCulture));
        // 02:30 does not exist on 28 March: that day's occurrence is at 03:30.
        RecurrenceRule.Parse("FREQ=DAILY").Next(At("2027-03-27T02:30", Berlin), Berlin)
            .ShouldBe(DateTimeOffset.Parse("2027-03-28T03:30:00+02:00", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Should_Take_The_Due_Time_On_The_Company_Day_Not_The_UTC_Day()
    {
        // Monday 01:00 in Moscow is Sunday 22:00 UTC; weekly on Monday means next Monday 01:00 Moscow.
        RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO").Next(DateTimeOffset.Parse("2027-01-10T22:00:00Z", CultureInfo.InvariantCulture), Moscow)
            .ShouldBe(DateTimeOffset.Parse("2027-01-17T22:00:00Z", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("freq=weekly;byday=th,mo", "FREQ=WEEKLY;BYDAY=MO,TH")]
    [InlineData("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=-1")]
    [InlineData("FREQ=DAILY;INTERVAL=1", "FREQ=DAILY")]
    [InlineData("UNTIL=20271231;INTERVAL=2;FREQ=DAILY", "FREQ=DAILY;INTERVAL=2;UNTIL=20271231")]
    [InlineData("FREQ=YEARLY;BYMONTHDAY=29;BYMONTH=2;COUNT=5", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=5")]
    [InlineData(" FREQ=WEEKLY ; BYDAY=MO,MO,SU ", "FREQ=WEEKLY;BYDAY=MO,SU")]
    public void Should_Write_A_Rule_Back_In_One_Canonical_Form(string text, string canonical)
    {
        var rule = RecurrenceRule.Parse(text);

        rule.ToString().ShouldBe(canonical);
        RecurrenceRule.Parse(rule.ToString()).ShouldBe(rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("WEEKLY")]
    [InlineData("FREQ=HOURLY")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY")]
    [InlineData("FREQ=DAILY;INTERVAL=0")]
    [InlineData("FREQ=DAILY;INTERVAL=1000")]
    [InlineData("FREQ=DAILY;INTERVAL=two")]
    [InlineData("FREQ=DAILY;BYDAY=MO")]
    [InlineData("FREQ=WEEKLY;BYDAY=1MO")]
    [InlineData("FREQ=WEEKLY;BYDAY=")]
    [InlineData("FREQ=WEEKLY;BYMONTHDAY=1")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=32")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-2")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=0")]
    [InlineData("FREQ=MONTHLY;BYMONTH=2")]
    [InlineData("FREQ=YEARLY;BYMONTH=2")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=1")]
    [InlineData("FREQ=DAILY;COUNT=0")]
    [InlineData("FREQ=DAILY;COUNT=3;UNTIL=20271231")]
    [InlineData("FREQ=DAILY;UNTIL=20270230")]
    [InlineData("FREQ=DAILY;UNTIL=20271231T000000Z")]
    [InlineData("FREQ=DAILY;BYHOUR=9")]
    public void Should_Refuse_A_Rule_Outside_The_Subset_On_The_Recurrence_Field(string text)
    {
        var refused = Should.Throw<InputValidationException>(() => RecurrenceRule.Parse(text));

        refused.Errors.Keys.ShouldBe(["recurrence"]);
        refused.Errors["recurrence"][0].ShouldNotBeNullOrWhiteSpace();
        RecurrenceRule.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe(refused.Errors["recurrence"][0]);
    }

    [Theory]
    [InlineData("FREQ=DAILY", "каждый день", "every day")]
    [InlineData("FREQ=DAILY;INTERVAL=2", "каждые 2 дня", "every 2 days")]
    [InlineData("FREQ=DAILY;INTERVAL=5", "каждые 5 дней", "every 5 days")]
    [InlineData("FREQ=DAILY;INTERVAL=21", "каждый 21 день", "every 21 days")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TH", "каждую неделю по пн, чт", "every week on Mon, Thu")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "каждые 2 недели по пт", "every 2 weeks on Fri")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-1", "каждый месяц в последний день", "every month on the last day")]
    [InlineData("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", "каждые 3 месяца 15-го числа", "every 3 months on day 15")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "каждый год 29 февраля", "every year on 29 February")]
    [InlineData("FREQ=YEARLY;INTERVAL=5", "каждые 5 лет", "every 5 years")]
    [InlineData("FREQ=DAILY;COUNT=3", "каждый день, 3 раза", "every day, 3 times")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231", "каждую неделю по пн, по 31.12.2027", "every week on Mon, until 31 December 2027")]
    public void Should_Describe_A_Rule_In_Russian_And_English(string text, string russian, string english)
    {
        var rule = RecurrenceRule.Parse(text);

        rule.Describe("ru").ShouldBe(russian);
        rule.Describe("en").ShouldBe(english);
    }
}
