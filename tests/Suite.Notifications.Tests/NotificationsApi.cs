using System.Net.Http.Json;
using System.Text.Json;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Notifications.Tests;

/// <summary>The notification routes as a browser calls them, and people made through the users API.</summary>
public static class NotificationsApi
{
    public static async Task<List<JsonElement>> NotificationsAsync(HttpClient user, bool unreadOnly = false)
    {
        var response = await user.GetAsync(unreadOnly ? "/api/notifications?unread=true&maxResultCount=100" : "/api/notifications?maxResultCount=100");
        response.EnsureSuccessStatusCode();
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<int> UnreadCountAsync(HttpClient user)
    {
        var response = await user.GetAsync("/api/notifications/unread-count");
        response.EnsureSuccessStatusCode();
        return (await Json(response)).GetProperty("count").GetInt32();
    }

    /// <summary>Waits until the user has <paramref name="count"/> notifications of the kind, and returns them.</summary>
    public static Task<List<JsonElement>> ArrivedAsync(HttpClient user, string kind, int count = 1) =>
        Eventually.Until(async () => (await NotificationsAsync(user)).Where(n => n.GetProperty("kind").GetString() == kind).ToList(),
            found => found.Count >= count, what: $"{count} {kind} notification(s)");

    /// <summary>A user of the role, with a supervisor when given; signed in, and known to every module.</summary>
    public static async Task<(HttpClient Client, Guid Id, string UserName)> PersonAsync(SuiteHost host, string role = "sales", Guid? supervisorId = null)
    {
        var userName = $"{role}-{Guid.NewGuid():N}"[..20];
        var admin = await host.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName, fullName = $"Сотрудник {userName[^4..]}", email = $"{userName}@test.local", password = SuiteHost.UserPassword,
            roles = new[] { role }, supervisorId,
        });
        created.EnsureSuccessStatusCode();
        var id = (await Json(created)).GetProperty("id").GetGuid();
        await IdentityEvents.UserCreatedAsync(host, id);
        return (await host.SignInAsync(userName, SuiteHost.UserPassword), id, userName);
    }
}
