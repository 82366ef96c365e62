using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.Notifications.Tests.Events;
using static Suite.Notifications.Tests.NotificationsApi;

namespace Suite.Notifications.Tests;

/// <summary>
/// The browser's host, which hands its own events over at once but looks at the shared inbox only every ten minutes: an
/// event published through another host is handled there, never here, within a test.
/// </summary>
public sealed class BrowsersHostOnPostgreSql : SuiteHost
{
    public BrowsersHostOnPostgreSql() : base(DatabaseProvider.PostgreSql) => With("EventBus:PollInterval", "00:10:00");
}

/// <summary>Server mode runs several hosts on one PostgreSQL: a notification raised on one reaches a browser connected to another.</summary>
public sealed class LiveTwoHostsTestsOnPostgreSql(BrowsersHostOnPostgreSql first) : IClassFixture<BrowsersHostOnPostgreSql>
{
    [Fact]
    public async Task Should_Push_A_Notification_Raised_On_One_Host_To_A_Browser_Connected_To_Another()
    {
        var (anna, annaId, _) = await PersonAsync(first);
        var (_, bossId, _) = await PersonAsync(first, "director");
        await using var browser = await HubClient.ConnectAsync(first, anna);

        var second = new PostgreSqlHost().With("ConnectionStrings:Suite", first.Database.ConnectionString);
        await second.InitializeAsync();
        try
        {
            await FromTasksAsync(second, TaskSet(annaId, bossId, "С другого сервера"));

            var pushed = await browser.PushedAsync("Новая задача: С другого сервера");
            pushed.GetProperty("unreadCount").GetInt32().ShouldBe(1);
            (await UnreadCountAsync(anna)).ShouldBe(1);
            browser.Received.Count.ShouldBe(1);
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
        }
    }
}
