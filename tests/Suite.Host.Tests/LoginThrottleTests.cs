using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Host.Tests;

public sealed class ThrottledHost : SuiteHost
{
    public ThrottledHost() : base(Framework.Data.DatabaseProvider.Sqlite) => With("Suite:Login:AttemptsPerMinute", "3");
}

public sealed class LoginThrottleTests(ThrottledHost host) : IClassFixture<ThrottledHost>
{
    [Fact]
    public async Task Should_Answer_429_To_A_Burst_Of_Sign_In_Attempts()
    {
        var client = host.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = $"guess-{i}" })).StatusCode);

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
