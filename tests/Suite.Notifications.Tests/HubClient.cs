using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Suite.TestBase;

namespace Suite.Notifications.Tests;

/// <summary>A browser's live connection to /hubs/notifications on one host, signed in as a user, keeping what it was sent.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly HubConnection _connection;

    private HubClient(HubConnection connection) => _connection = connection;

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    public static async Task<HubClient> ConnectAsync(SuiteHost host, HttpClient signedIn)
    {
        var token = signedIn.DefaultRequestHeaders.Authorization!.Parameter;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/notifications"), o =>
            {
                o.Transports = HttpTransportType.LongPolling; // the in-memory test server speaks HTTP only
                o.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult(token);
            })
            .Build();
        var client = new HubClient(connection);
        connection.On<JsonElement>("notification", pushed => client.Received.Enqueue(pushed));
        await connection.StartAsync();
        return client;
    }

    public Task<JsonElement> PushedAsync(string title) =>
        Eventually.Until(() => Task.FromResult(Received.FirstOrDefault(p => p.GetProperty("item").GetProperty("title").GetString() == title)),
            p => p.ValueKind == JsonValueKind.Object, what: $"a pushed notification \"{title}\"");

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
