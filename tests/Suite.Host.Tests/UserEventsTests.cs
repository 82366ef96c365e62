using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>The host with its real outbox, whose transport also records what it carried.</summary>
public class RecordingBusHost(DatabaseProvider provider) : SuiteHost(provider)
{
    public ConcurrentQueue<OutboxMessage> Sent { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var transport = services.Last(d => d.ServiceType == typeof(IEventTransport));
            services.Remove(transport);
            services.AddSingleton<IEventTransport>(sp => new RecordingTransport(
                (IEventTransport)ActivatorUtilities.CreateInstance(sp, transport.ImplementationType!), Sent));
        });
    }

    /// <summary>The payloads of the events of that name which concern the user, in the order they were sent.</summary>
    public Task<List<JsonElement>> EventsAsync(string eventName, Guid userId, int atLeast) =>
        Eventually.Until(() => Task.FromResult(Sent
                .Where(m => m.EventName == eventName)
                .Select(m => JsonDocument.Parse(m.Payload).RootElement)
                .Where(p => p.GetProperty("userId").GetGuid() == userId)
                .ToList()),
            found => found.Count >= atLeast, what: $"{atLeast} {eventName} of {userId}");

    private sealed class RecordingTransport(IEventTransport inner, ConcurrentQueue<OutboxMessage> sent) : IEventTransport
    {
        public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
        {
            await inner.SendAsync(messages, cancellationToken);
            foreach (var message in messages)
                sent.Enqueue(message);
        }
    }
}

public sealed class SqliteRecordingBusHost() : RecordingBusHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlRecordingBusHost() : RecordingBusHost(DatabaseProvider.PostgreSql);

/// <summary>Every change to a user reaches the bus as the right Identity.User.* event, through identity's outbox.</summary>
public abstract class UserEventsTests(RecordingBusHost host)
{
    [Fact]
    public async Task Should_Publish_A_Created_User_Then_Their_New_Name_Then_Their_Disabling()
    {
        var admin = await host.AdminAsync();
        var adminId = await IdOfAsync(admin);
        var created = await Json(await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName = "e-" + Guid.NewGuid().ToString("N")[..10], fullName = "Пётр Иванов", email = "petr@example.ru", phone = "+7 900 000-00-00",
            position = "Менеджер", password = "Petr-Pass-123", roles = new[] { "sales", "director" },
        }));
        var id = created.GetProperty("id").GetGuid();

        var createdEvent = (await host.EventsAsync("Identity.User.Created", id, 1)).Single();
        createdEvent.GetProperty("fullName").GetString().ShouldBe("Пётр Иванов");
        createdEvent.GetProperty("email").GetString().ShouldBe("petr@example.ru");
        createdEvent.GetProperty("phone").GetString().ShouldBe("+7 900 000-00-00");
        createdEvent.GetProperty("position").GetString().ShouldBe("Менеджер");
        createdEvent.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["director", "sales"]);
        createdEvent.GetProperty("isActive").GetBoolean().ShouldBeTrue();

        var renamed = await admin.PutAsJsonAsync($"/api/identity/users/{id}", new
        {
            fullName = "Пётр Сидоров", email = "petr@example.ru", phone = "+7 900 000-00-00", position = "Менеджер",
            supervisorId = adminId, roles = new[] { "sales" }, concurrencyStamp = created.GetProperty("concurrencyStamp").GetString(),
        });
        renamed.EnsureSuccessStatusCode();
        var updated = (await host.EventsAsync("Identity.User.Updated", id, 1)).Last();
        updated.GetProperty("fullName").GetString().ShouldBe("Пётр Сидоров");
        updated.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["sales"]);
        updated.GetProperty("supervisorId").GetGuid().ShouldBe(adminId);

        (await admin.PostAsync($"/api/identity/users/{id}/disable", null)).EnsureSuccessStatusCode();
        var disabled = (await host.EventsAsync("Identity.User.Disabled", id, 1)).Single();
        disabled.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        disabled.GetProperty("fullName").GetString().ShouldBe("Пётр Сидоров");

        (await admin.PostAsync($"/api/identity/users/{id}/enable", null)).EnsureSuccessStatusCode();
        var enabled = await host.EventsAsync("Identity.User.Updated", id, 2);
        enabled.Last().GetProperty("isActive").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Publish_The_Seeded_Admin_And_Backfill_Every_User_Once()
    {
        var adminId = await IdOfAsync(await host.AdminAsync());

        (await host.EventsAsync("Identity.User.Created", adminId, 1)).Single().GetProperty("roles").EnumerateArray()
            .Select(r => r.GetString()).ShouldBe(["admin"]);
        // The backfill at start re-publishes every user that exists then as an update, once.
        var backfilled = await host.EventsAsync("Identity.User.Updated", adminId, 1);
        backfilled.Count.ShouldBe(1);
        backfilled.Single().GetProperty("userName").GetString().ShouldBe("admin");
    }

    private static async Task<Guid> IdOfAsync(HttpClient client) =>
        (await Json(await client.GetAsync("/api/account/me"))).GetProperty("id").GetGuid();
}

public sealed class UserEventsTestsOnSqlite(SqliteRecordingBusHost host) : UserEventsTests(host), IClassFixture<SqliteRecordingBusHost>;

public sealed class UserEventsTestsOnPostgreSql(PostgreSqlRecordingBusHost host) : UserEventsTests(host), IClassFixture<PostgreSqlRecordingBusHost>;
