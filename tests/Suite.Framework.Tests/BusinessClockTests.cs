using Shouldly;
using Suite.Framework.Time;
using Xunit;

namespace Suite.Framework.Tests;

/// <summary>The company's calendar days as UTC instants: Moscow's midnight, extreme dates, clock changes at midnight.</summary>
public sealed class BusinessClockTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private static BusinessClock At(string now, string zone = "Europe/Moscow")
    {
        var timeZone = new CompanyTimeZone();
        timeZone.Use(CompanyTimeZone.Find(zone)!);
        return new BusinessClock(new FixedTime(DateTimeOffset.Parse(now)), timeZone);
    }

    [Fact]
    public void Should_Say_Today_Is_The_Moscow_Day_While_UTC_Is_Still_Yesterday()
    {
        var clock = At("2026-12-01T21:30:00Z");

        clock.Today.ShouldBe(new DateOnly(2026, 12, 2));
        clock.Now.Offset.ShouldBe(TimeSpan.FromHours(3));
        clock.StartOfMonth.ShouldBe(new DateOnly(2026, 12, 1));
        clock.StartOfYear.ShouldBe(new DateOnly(2026, 1, 1));
        clock.DayOf(DateTimeOffset.Parse("2026-12-31T21:00:00Z")).ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void Should_Bound_A_Period_By_Moscow_Midnights()
    {
        var period = At("2026-12-01T21:30:00Z").Period(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2));

        period.From.ShouldBe(DateTimeOffset.Parse("2026-12-01T21:00:00Z"));
        period.Before.ShouldBe(DateTimeOffset.Parse("2026-12-02T21:00:00Z"));
        period.From!.Value.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("America/New_York")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Etc/GMT+12")]
    public void Should_Leave_A_Bound_Past_Representable_Time_Open_Instead_Of_Failing(string zone)
    {
        var clock = At("2026-12-01T21:30:00Z", zone);

        Should.NotThrow(() => clock.Period(DateOnly.MinValue, DateOnly.MaxValue));
        clock.Period(DateOnly.MaxValue, DateOnly.MaxValue).Before.ShouldBeNull();
        clock.Period(null, DateOnly.MaxValue.AddDays(-1)).Before.ShouldNotBeNull();
        clock.Period(DateOnly.MinValue, DateOnly.MinValue).Before.ShouldNotBeNull();
    }

    [Fact]
    public void Should_Start_A_Day_Whose_Midnight_A_Clock_Change_Skips_At_Its_First_Minute()
    {
        // Havana moves its clocks from 00:00 to 01:00 (UTC−5 to UTC−4) on the second Sunday of March.
        var period = At("2024-03-10T12:00:00Z", "America/Havana").Period(new DateOnly(2024, 3, 10), null);

        period.From.ShouldBe(DateTimeOffset.Parse("2024-03-10T05:00:00Z"));
    }

    [Theory]
    [InlineData("Europe/Moscow", true)]
    [InlineData("UTC", true)]
    [InlineData("Asia/Kamchatka", true)]
    [InlineData("Russian Standard Time", false)]
    [InlineData("MSK", false)]
    [InlineData("../etc/passwd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Should_Accept_Only_IANA_Time_Zones(string? id, bool known) =>
        (CompanyTimeZone.Find(id) is not null).ShouldBe(known);
}
