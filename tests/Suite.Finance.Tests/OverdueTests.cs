using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;

namespace Suite.Finance.Tests;

/// <summary>
/// The overdue watch: an invoice still unpaid the company day after its due date is announced once. The host's clock is
/// moved by a day instead of waiting one, and the watch runs every few hundred milliseconds instead of minutes.
/// </summary>
public abstract class OverdueTests(OverdueHost host)
{
    [Fact]
    public async Task Should_Publish_Overdue_Once_The_Day_After_The_Due_Date_And_Not_Before()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime);
        var dueToday = (await IssuedAsync(admin, client, 100m, today.AddDays(-5), today)).GetProperty("id").GetGuid();
        var long_ago = (await IssuedAsync(admin, client, 200m, today.AddDays(-20), today.AddDays(-10))).GetProperty("id").GetGuid();

        await Eventually.Until(async () => (await EventsAsync(host, "Finance.Invoice.Overdue", long_ago)).Count == 1,
            what: "the overdue event of the invoice due ten days ago");
        (await EventsAsync(host, "Finance.Invoice.Overdue", dueToday)).ShouldBeEmpty();
        (await Items(admin, $"/api/finance/invoices?overdue=true&companyId={client}")).ShouldHaveSingleItem()
            .GetProperty("daysOverdue").GetInt32().ShouldBe(10);

        host.Clock.Advance(TimeSpan.FromDays(1));
        await Eventually.Until(async () => (await EventsAsync(host, "Finance.Invoice.Overdue", dueToday)).Count == 1,
            what: "the overdue event of the invoice due yesterday");
        await Task.Delay(host.Interval * 4); // several more rounds: still once each
        (await EventsAsync(host, "Finance.Invoice.Overdue", dueToday)).Count.ShouldBe(1);
        var published = (await EventsAsync(host, "Finance.Invoice.Overdue", long_ago)).ShouldHaveSingleItem();
        published.GetProperty("amountDue").GetDecimal().ShouldBe(200m);
        var signedInAgain = await host.AdminAsync();
        (await Items(signedInAgain, $"/api/finance/invoices?overdue=true&companyId={client}")).Count.ShouldBe(2);
    }
}

/// <summary>A host with a clock the test moves and an overdue watch that runs every 300 ms.</summary>
public abstract class OverdueHost : SuiteHost
{
    protected OverdueHost(DatabaseProvider provider) : base(provider) =>
        With("Finance:OverdueCheckInterval", Interval.ToString("c"));

    public TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(300);

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class OverdueSqliteHost() : OverdueHost(DatabaseProvider.Sqlite);

public sealed class OverduePostgreSqlHost() : OverdueHost(DatabaseProvider.PostgreSql);

public sealed class OverdueTestsOnSqlite(OverdueSqliteHost host) : OverdueTests(host), IClassFixture<OverdueSqliteHost>;

public sealed class OverdueTestsOnPostgreSql(OverduePostgreSqlHost host) : OverdueTests(host), IClassFixture<OverduePostgreSqlHost>;
