using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.Framework.Hosting;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests.Proxy;

/// <summary>
/// Issue 15, capability 2: what a user notices of nginx in front of two hosts. nginx alternates plain requests between
/// the hosts, so two requests in a row are served by both (each response names its host in a test-only header).
/// </summary>
public sealed class TwoHostsBehindNginxTests(TwoHostsBehindNginx deployment) : IClassFixture<TwoHostsBehindNginx>
{
    private NginxProxy Proxy => deployment.Proxy;

    [Fact]
    public async Task Should_Sign_In_Through_Nginx_And_Be_Known_By_Both_Hosts()
    {
        using var browser = new Browser(Proxy);
        var signIn = await browser.SignInAsync("dina", DemoUsers.Password);

        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Suite saw https (X-Forwarded-Proto), so the sign-in cookie is for https only.
        signIn.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("suite.auth") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var servedBy = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            var me = await browser.Http.GetAsync("/api/account/me");
            me.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ResponseJson.Json(me)).GetProperty("userName").GetString().ShouldBe("dina");
            servedBy.Add(Upstream(me));
        }
        servedBy.Count.ShouldBe(2); // the cookie one host issued opens the other: one key ring in the shared data folder
    }

    [Fact]
    public async Task Should_Not_Pass_Metrics_On_Even_For_A_Client_On_The_Hosts_Own_Machine()
    {
        using var browser = new Browser(Proxy);

        var metrics = await browser.Http.GetAsync("/metrics");

        metrics.StatusCode.ShouldBe(HttpStatusCode.NotFound); // the hosts themselves would answer this loopback client
        (await metrics.Content.ReadAsStringAsync()).ShouldNotContain("suite_eventbus");
    }

    [Fact]
    public async Task Should_Send_Plain_Http_To_Https()
    {
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        var response = await plain.GetAsync($"http://127.0.0.1:{Proxy.HttpPort}/deals?x=1");

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().ShouldBe("https://127.0.0.1/deals?x=1");
    }

    [Fact]
    public async Task Should_Refuse_A_Post_Without_The_Antiforgery_Token_And_Take_It_With_The_Token_On_Either_Host()
    {
        using var dina = await new Browser(Proxy).SignedInAsync("dina", DemoUsers.Password);

        var forged = await dina.PostAsync("/api/tasks", JsonContent.Create(new { title = "Без токена" }), withToken: false);

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ResponseJson.Json(forged)).GetProperty("detail").GetString()!.ShouldContain("X-XSRF-TOKEN");
        var servedBy = new HashSet<string>();
        for (var i = 0; i < 2; i++)
        {
            var created = await dina.PostAsync("/api/tasks", JsonContent.Create(new { title = $"С токеном {i}" }));
            await ShouldAnswerAsync(created, HttpStatusCode.Created);
            servedBy.Add(Upstream(created));
        }
        servedBy.Count.ShouldBe(2); // the token one host issued is good on the other as well
    }

    [Fact]
    public async Task Should_Limit_Sign_In_Attempts_By_The_Clients_Own_Address_Not_By_Nginxs()
    {
        var userName = "guess-" + Guid.NewGuid().ToString("N")[..8];
        using var guesser = new Browser(Proxy, "127.0.0.2");
        using var colleague = new Browser(Proxy, "127.0.0.3");

        // Each host counts in its own memory and nginx alternates, so the guesser is refused by both after
        // AttemptsPerMinute attempts at each (docs/operations-proxy.md: the limit is per host).
        var answers = new List<HttpStatusCode>();
        while (answers.Count < 4 * TwoHostsBehindNginx.AttemptsPerMinute && !(answers.Count >= 2 && answers[^2..].All(a => a == HttpStatusCode.TooManyRequests)))
            answers.Add((await guesser.SignInAsync(userName, "wrong")).StatusCode);

        answers.Take(TwoHostsBehindNginx.AttemptsPerMinute).ShouldAllBe(a => a == HttpStatusCode.Unauthorized);
        answers[^2..].ShouldAllBe(a => a == HttpStatusCode.TooManyRequests);
        // Claiming another address does not help: nginx overwrites X-Forwarded-For with the address it sees.
        for (var i = 0; i < 2; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new { userName, password = "wrong" }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            (await guesser.Http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        }
        // Someone else at another address is not held up by the guesser, on either host.
        for (var i = 0; i < 2; i++)
            (await colleague.SignInAsync(userName, "wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Push_A_Notification_To_A_Browser_On_One_Host_When_The_Other_Host_Served_The_Request()
    {
        using var anna = await new Browser(Proxy).SignedInAsync("anna", DemoUsers.Password);
        var pushed = new ConcurrentQueue<JsonElement>();
        await using var hub = await anna.ConnectHubAsync(pushed.Enqueue); // a WebSocket through nginx, held by one of the hosts
        using var dina = await new Browser(Proxy).SignedInAsync("dina", DemoUsers.Password);
        var run = Guid.NewGuid().ToString("N")[..6];
        // Tasks learns of the demo people from Identity's events: wait until it takes anna as an assignee.
        await Eventually.Until(() => dina.PostAsync("/api/tasks", TaskFor($"Разминка {run}")), r => r.StatusCode == HttpStatusCode.Created,
            TimeSpan.FromSeconds(60), "Tasks to know anna");

        var titles = new[] { $"Первая {run}", $"Вторая {run}" };
        var servedBy = new HashSet<string>();
        foreach (var title in titles)
        {
            var created = await dina.PostAsync("/api/tasks", TaskFor(title));
            await ShouldAnswerAsync(created, HttpStatusCode.Created);
            servedBy.Add(Upstream(created));
        }

        servedBy.Count.ShouldBe(2); // so one of the two was served by the host that does not hold anna's WebSocket
        await Eventually.Until(() => Task.FromResult(titles.All(t => pushed.Any(p => Title(p) == $"Новая задача: {t}"))),
            TimeSpan.FromSeconds(30), "both notifications pushed to anna's browser");
        hub.State.ShouldBe(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected);
    }

    [Fact]
    public async Task Should_Take_An_Upload_Near_The_Cap_And_Refuse_Bigger_Ones_With_413()
    {
        using var dina = await new Browser(Proxy).SignedInAsync("dina", DemoUsers.Password);
        var companies = await ResponseJson.Json(await dina.Http.GetAsync("/api/crm/companies?maxResultCount=1"));
        var company = companies.GetProperty("items")[0].GetProperty("id").GetGuid();
        var nearCap = Pdf(TwoHostsBehindNginx.AttachmentCap - 4096);

        // Docs learns of the demo companies from Crm's events: until then the card is unknown (404).
        var stored = await Eventually.Until(() => dina.PostAsync("/api/docs/attachments", Form(company, nearCap)),
            r => r.StatusCode != HttpStatusCode.NotFound, TimeSpan.FromSeconds(60), "Docs to know the company");
        await ShouldAnswerAsync(stored, HttpStatusCode.Created);
        (await ResponseJson.Json(stored))[0].GetProperty("size").GetInt64().ShouldBe(nearCap.Length);

        // Over the file cap: nginx lets the body through (it is under the request cap) and Suite cuts the file off.
        var overFileCap = await dina.PostAsync("/api/docs/attachments", Form(company, Pdf(TwoHostsBehindNginx.AttachmentCap + 1)));
        overFileCap.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        overFileCap.Headers.Contains(NginxProxy.UpstreamHeader).ShouldBeTrue();
        (await ResponseJson.Json(overFileCap)).GetProperty("status").GetInt32().ShouldBe(413);

        // Over the request cap: nginx refuses it itself, before a byte reaches a host, with a problem of its own.
        var overBodyCap = await dina.PostAsync("/api/docs/attachments", Form(company, Pdf(TwoHostsBehindNginx.AttachmentBodyCap + 1)), expectContinue: true);
        overBodyCap.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        overBodyCap.Headers.Contains(NginxProxy.UpstreamHeader).ShouldBeFalse();
        overBodyCap.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ResponseJson.Json(overBodyCap)).GetProperty("title").GetString()!.ShouldContain("too large");
    }

    private static async Task ShouldAnswerAsync(HttpResponseMessage response, HttpStatusCode status) =>
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());

    private static JsonContent TaskFor(string title) => JsonContent.Create(new { title, assigneeId = DemoUsers.Anna.Id });

    private static string? Title(JsonElement pushed) => pushed.GetProperty("item").GetProperty("title").GetString();

    private static string Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues(NginxProxy.UpstreamHeader, out var values) ? values.Single() : "(no upstream header)";

    private static byte[] Pdf(long size)
    {
        var bytes = new byte[size];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static MultipartFormDataContent Form(Guid company, byte[] file) => new()
    {
        { new StringContent("company"), "entityType" },
        { new StringContent(company.ToString()), "entityId" },
        { new ByteArrayContent(file), "file", "Договор.pdf" },
    };
}
