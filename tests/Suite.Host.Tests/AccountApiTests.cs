using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;
using Xunit;

namespace Suite.Host.Tests;

public sealed class AccountApiTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Should_Issue_A_Bearer_Token_For_The_Right_Password()
    {
        var response = await host.Anonymous().PostAsJsonAsync("/api/account/login", new { userName = "admin", password = SuiteHost.AdminPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await Json(response);
        body.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        body.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        body.GetProperty("expiresIn").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_Refuse_A_Wrong_Password_Or_An_Unknown_User_Alike()
    {
        var client = host.Anonymous();
        (await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = "wrong" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/account/login", new { userName = "nobody", password = "wrong" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/account/login", new { userName = "admin" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Lock_The_Account_After_Five_Failed_Sign_Ins()
    {
        var (_, _) = await host.UserAsync("sales", "locked-user");
        var client = host.Anonymous();
        for (var i = 0; i < 5; i++)
            (await client.PostAsJsonAsync("/api/account/login", new { userName = "locked-user", password = "wrong" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var withRightPassword = await client.PostAsJsonAsync("/api/account/login", new { userName = "locked-user", password = SuiteHost.UserPassword });

        withRightPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(withRightPassword)).GetProperty("title").GetString()!.ShouldContain("заблокирована");
    }

    [Fact]
    public async Task Should_Answer_In_The_Language_The_Client_Asks_For_And_In_Russian_Otherwise()
    {
        var client = host.Anonymous();
        var russian = await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = "wrong" });
        (await Json(russian)).GetProperty("title").GetString().ShouldBe("Неверное имя пользователя или пароль.");

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new { userName = "admin", password = "wrong" }) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        (await Json(await client.SendAsync(request))).GetProperty("title").GetString().ShouldBe("Wrong user name or password.");
    }

    [Fact]
    public async Task Should_Tell_Who_Is_Signed_In_With_Roles_And_Permissions()
    {
        var (sales, id) = await host.UserAsync("sales");

        var me = await Json(await sales.GetAsync("/api/account/me"));

        me.GetProperty("id").GetGuid().ShouldBe(id);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["sales"]);
        var permissions = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        permissions.ShouldContain("Crm.Companies.Create");
        permissions.ShouldNotContain("Crm.Companies.ViewAll");
        permissions.ShouldNotContain("Identity.Users");
        (await host.Anonymous().GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Keep_The_Chosen_Language_Per_User()
    {
        var (user, _) = await host.UserAsync("director");
        (await Json(await user.GetAsync("/api/account/me"))).GetProperty("language").GetString().ShouldBe("ru");

        (await user.PutAsJsonAsync("/api/account/me/language", new { language = "en" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.PutAsJsonAsync("/api/account/me/language", new { language = "de" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await Json(await user.GetAsync("/api/account/me"))).GetProperty("language").GetString().ShouldBe("en");
    }

    [Fact]
    public async Task Should_Sign_The_Browser_In_With_A_Cookie_And_Require_The_Antiforgery_Header()
    {
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        var browser = host.CreateDefaultClient(new CookieHandler(handler.CookieContainer));

        var login = await browser.PostAsJsonAsync("/api/account/login?useCookies=true", new { userName = "admin", password = SuiteHost.AdminPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var xsrf = handler.CookieContainer.GetAllCookies().Single(c => c.Name == "XSRF-TOKEN").Value;

        var withoutToken = await browser.PostAsJsonAsync("/api/crm/companies", new { name = "ООО «Без токена»" });
        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/crm/companies") { Content = JsonContent.Create(new { name = "ООО «С токеном»" }) };
        request.Headers.Add("X-XSRF-TOKEN", xsrf);
        (await browser.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await browser.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // unsafe: needs the token too
        var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        logout.Headers.Add("X-XSRF-TOKEN", xsrf);
        (await browser.SendAsync(logout)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Require_The_Antiforgery_Header_Unless_A_Valid_Bearer_Token_Signed_The_Request_In()
    {
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        var browser = host.CreateDefaultClient(new CookieHandler(handler.CookieContainer));
        (await browser.PostAsJsonAsync("/api/account/login?useCookies=true", new { userName = "admin", password = SuiteHost.AdminPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A forged request rides on the cookie whatever else it sends: any Authorization header once skipped the check.
        foreach (var authorization in new[] { "Basic YWRtaW46eA==", "Bearer not-a-token", "Negotiate abc" })
        {
            var forged = new HttpRequestMessage(HttpMethod.Post, "/api/crm/companies") { Content = JsonContent.Create(new { name = "ООО «Подделка»" }) };
            forged.Headers.TryAddWithoutValidation("Authorization", authorization);
            var answer = await browser.SendAsync(forged);
            answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest, authorization);
            (await Json(answer)).GetProperty("title").GetString().ShouldNotBeNull();
        }

        // A client that really signs in with its token needs no antiforgery header, with or without a cookie.
        var token = (await Json(await host.Anonymous().PostAsJsonAsync("/api/account/login", new { userName = "admin", password = SuiteHost.AdminPassword })))
            .GetProperty("accessToken").GetString();
        var withToken = new HttpRequestMessage(HttpMethod.Post, "/api/crm/companies") { Content = JsonContent.Create(new { name = "ООО «С токеном доступа»" }) };
        withToken.Headers.Add("Authorization", $"Bearer {token}");
        (await browser.SendAsync(withToken)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>Keeps cookies between requests of the in-memory test client, as a browser does.</summary>
    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = new Uri("http://localhost" + request.RequestUri!.PathAndQuery);
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
                request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var setCookie in setCookies)
                    cookies.SetCookies(uri, setCookie);
            return response;
        }
    }
}
