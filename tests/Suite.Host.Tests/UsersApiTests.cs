using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Host.Identity;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;
using Xunit;

namespace Suite.Host.Tests;

public abstract class UsersApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Let_An_Admin_Create_A_User_Who_Can_Then_Sign_In()
    {
        var admin = await host.AdminAsync();

        var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName = "olga", email = "olga@example.ru", password = "Olga-Pass-1", roles = new[] { "accountant" } });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var user = await Json(created);
        user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["accountant"]);
        created.Headers.Location!.ToString().ShouldBe($"/api/identity/users/{user.GetProperty("id").GetGuid()}");
        var olga = await host.SignInAsync("olga", "Olga-Pass-1");
        (await olga.GetAsync("/api/finance/customers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await Json(await admin.GetAsync("/api/identity/users?filter=olg"));
        list.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe(["olga"]);
    }

    [Fact]
    public async Task Should_Refuse_A_Taken_User_Name_A_Weak_Password_And_Unknown_Roles()
    {
        var admin = await host.AdminAsync();

        var taken = await admin.PostAsJsonAsync("/api/identity/users", new { userName = "admin", password = "Another-Pass-1", roles = Array.Empty<string>() });
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(taken)).GetProperty("code").GetString().ShouldBe("Identity.DuplicateUserName");

        var weak = await admin.PostAsJsonAsync("/api/identity/users", new { userName = "weak", password = "123", roles = Array.Empty<string>() });
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(weak)).GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();

        var unknownRole = await admin.PostAsJsonAsync("/api/identity/users", new { userName = "roleless", password = "Good-Pass-1", roles = new[] { "pirate" } });
        unknownRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(unknownRole)).GetProperty("errors").TryGetProperty("roles", out _).ShouldBeTrue();
        (await admin.GetAsync("/api/identity/users?filter=roleless")).Content.ReadAsStringAsync().Result.ShouldContain("\"totalCount\":0");
    }

    [Fact]
    public async Task Should_Keep_User_Administration_To_Admins()
    {
        var (sales, _) = await host.UserAsync("sales");
        (await sales.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PostAsJsonAsync("/api/identity/users", new { userName = "x", password = "Good-Pass-1" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Anonymous().GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await host.AdminAsync()).GetAsync($"/api/identity/users/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Ship_The_Five_Roles_With_Their_Permissions()
    {
        var roles = await Json(await (await host.AdminAsync()).GetAsync("/api/identity/roles"));
        var byName = roles.GetProperty("items").EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => r.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToList());

        byName.Keys.Order().ShouldBe(["accountant", "admin", "director", "sales", "warehouse"]);
        byName["admin"].ShouldContain("Identity.Users");
        byName["sales"].ShouldContain("Crm.Companies.Create");
        byName["sales"].ShouldNotContain("Crm.Companies.Delete");
        byName["director"].ShouldContain("Crm.Companies.ViewAll");
        byName["accountant"].ShouldContain("Finance.Customers");
        byName["warehouse"].ShouldNotContain("Crm.Companies");
    }

    [Fact]
    public async Task Should_Hash_Passwords_With_At_Least_210000_Pbkdf2_Iterations()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SuiteIdentityDbContext>();
        var hash = Convert.FromBase64String((await db.Users.SingleAsync(u => u.UserName == "admin")).PasswordHash!);

        // ASP.NET Core Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
        hash[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)).ShouldBeGreaterThanOrEqualTo(210_000u);
    }

    [Fact]
    public async Task Should_Keep_A_Users_Name_Contacts_Position_And_Supervisor_And_Find_Them_By_Name()
    {
        var admin = await host.AdminAsync();
        var boss = await CreateAsync(admin, "Ирина Начальникова");
        var created = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName = Unique("kate"), fullName = "Екатерина Полякова", email = "kate@example.ru", phone = "+7 495 123-45-67",
            position = "Старший менеджер", supervisorId = boss, password = "Kate-Pass-123", roles = new[] { "sales" },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await Json(created)).GetProperty("id").GetGuid();

        var user = await Json(await admin.GetAsync($"/api/identity/users/{id}"));
        user.GetProperty("fullName").GetString().ShouldBe("Екатерина Полякова");
        user.GetProperty("phone").GetString().ShouldBe("+7 495 123-45-67");
        user.GetProperty("position").GetString().ShouldBe("Старший менеджер");
        user.GetProperty("supervisorId").GetGuid().ShouldBe(boss);
        user.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        user.GetProperty("concurrencyStamp").GetString().ShouldNotBeNullOrEmpty();

        var found = await Json(await admin.GetAsync("/api/identity/users?filter=ПОЛЯКОВА&maxResultCount=5"));
        found.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ShouldBe([id]);
        var page = await Json(await admin.GetAsync("/api/identity/users?sorting=fullName desc&skipCount=0&maxResultCount=1"));
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        page.GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(2);
    }

    [Fact]
    public async Task Should_Edit_A_User_And_Refuse_An_Edit_Of_A_Stale_Version()
    {
        var admin = await host.AdminAsync();
        var id = await CreateAsync(admin, "Олег Старый");
        var before = await Json(await admin.GetAsync($"/api/identity/users/{id}"));
        var stamp = before.GetProperty("concurrencyStamp").GetString();

        var edited = await admin.PutAsJsonAsync($"/api/identity/users/{id}", new
        {
            fullName = "Олег Новый", email = "oleg@example.ru", phone = "123", position = "Кладовщик",
            roles = new[] { "warehouse", "sales" }, concurrencyStamp = stamp,
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await Json(edited);
        after.GetProperty("fullName").GetString().ShouldBe("Олег Новый");
        after.GetProperty("position").GetString().ShouldBe("Кладовщик");
        after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["sales", "warehouse"]);

        var stale = await admin.PutAsJsonAsync($"/api/identity/users/{id}", new { fullName = "Олег Третий", roles = new[] { "sales" }, concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(await admin.GetAsync($"/api/identity/users/{id}"))).GetProperty("fullName").GetString().ShouldBe("Олег Новый");
        (await admin.PutAsJsonAsync($"/api/identity/users/{Guid.NewGuid()}", new { fullName = "Никто" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Refuse_Bad_Fields_Each_By_Name()
    {
        var admin = await host.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName = Unique("bad"), password = "Good-Pass-123", fullName = new string('я', 201), phone = new string('1', 51),
            position = new string('п', 201), email = "not-an-email", supervisorId = Guid.NewGuid(), roles = Array.Empty<string>(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(response)).GetProperty("errors");
        foreach (var field in new[] { "fullName", "phone", "position", "supervisorId" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);

        var email = await admin.PostAsJsonAsync("/api/identity/users", new { userName = Unique("mail"), password = "Good-Pass-123", email = "not-an-email" });
        email.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(email)).GetProperty("errors").TryGetProperty("email", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Refuse_A_Supervisor_Who_Is_The_User_Or_Reports_To_Them()
    {
        var admin = await host.AdminAsync();
        var top = await CreateAsync(admin, "Верхний");
        var middle = await CreateAsync(admin, "Средний", top);
        var bottom = await CreateAsync(admin, "Нижний", middle);

        foreach (var (supervisor, what) in new[] { (top, "itself"), (bottom, "a report of a report"), (middle, "a direct report") })
        {
            var response = await admin.PutAsJsonAsync($"/api/identity/users/{top}", new { fullName = "Верхний", supervisorId = supervisor });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, what);
            (await Json(response)).GetProperty("errors").TryGetProperty("supervisorId", out _).ShouldBeTrue(what);
        }
    }

    [Fact]
    public async Task Should_Let_A_Disabled_User_Not_Sign_In_Until_Enabled()
    {
        var admin = await host.AdminAsync();
        var userName = Unique("off");
        var id = await CreateAsync(admin, "Выключаемый", userName: userName);

        var disabled = await admin.PostAsync($"/api/identity/users/{id}/disable", null);
        disabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(disabled)).GetProperty("isActive").GetBoolean().ShouldBeFalse();
        (await host.Anonymous().PostAsJsonAsync("/api/account/login", new { userName, password = "Good-Pass-123" })).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(await admin.GetAsync($"/api/identity/users?isActive=false&filter={userName}"))).GetProperty("totalCount").GetInt32().ShouldBe(1);

        (await admin.PostAsync($"/api/identity/users/{id}/enable", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Anonymous().PostAsJsonAsync("/api/account/login", new { userName, password = "Good-Pass-123" })).StatusCode
            .ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Not_Let_An_Admin_Disable_Themselves_Nor_Take_Admin_From_The_Last_Admin()
    {
        var admin = await host.AdminAsync();
        var me = (await Json(await admin.GetAsync("/api/account/me"))).GetProperty("id").GetGuid();

        var self = await admin.PostAsync($"/api/identity/users/{me}/disable", null);
        self.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(self)).GetProperty("code").GetString().ShouldBe("Identity.CannotDisableSelf");

        var demote = await admin.PutAsJsonAsync($"/api/identity/users/{me}", new { fullName = "Администратор", roles = new[] { "director" } });
        demote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(demote)).GetProperty("code").GetString().ShouldBe("Identity.LastAdmin");
        (await Json(await admin.GetAsync($"/api/identity/users/{me}"))).GetProperty("roles").EnumerateArray().Select(r => r.GetString())
            .ShouldBe(["admin"]);
    }

    [Fact]
    public async Task Should_Let_An_Admin_Reset_A_Password_And_Users_Change_Their_Own_Password_And_Name()
    {
        var admin = await host.AdminAsync();
        var userName = Unique("pw");
        var id = await CreateAsync(admin, "Павел", userName: userName);

        (await admin.PostAsJsonAsync($"/api/identity/users/{id}/reset-password", new { password = "1" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync($"/api/identity/users/{id}/reset-password", new { password = "Reset-Pass-123" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var user = await host.SignInAsync(userName, "Reset-Pass-123");

        var wrong = await user.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "nope", newPassword = "Own-Pass-1234" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(wrong)).GetProperty("errors").TryGetProperty("currentPassword", out _).ShouldBeTrue();
        var weak = await user.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "Reset-Pass-123", newPassword = "1" });
        (await Json(weak)).GetProperty("errors").TryGetProperty("newPassword", out _).ShouldBeTrue();
        (await user.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "Reset-Pass-123", newPassword = "Own-Pass-1234" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        user = await host.SignInAsync(userName, "Own-Pass-1234");
        (await user.PutAsJsonAsync("/api/account/me", new { fullName = "Павел Петрович" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.PutAsJsonAsync("/api/account/me", new { fullName = new string('я', 201) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(await user.GetAsync("/api/account/me"))).GetProperty("fullName").GetString().ShouldBe("Павел Петрович");
        (await Json(await admin.GetAsync($"/api/identity/users/{id}"))).GetProperty("fullName").GetString().ShouldBe("Павел Петрович");
    }

    [Fact]
    public async Task Should_Keep_The_New_User_Administration_To_Admins()
    {
        var (sales, id) = await host.UserAsync("sales");
        (await sales.PutAsJsonAsync($"/api/identity/users/{id}", new { fullName = "Я сам", roles = new[] { "admin" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var action in new[] { "disable", "enable", "unlock" })
            (await sales.PostAsync($"/api/identity/users/{id}/{action}", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, action);
        (await sales.PostAsJsonAsync($"/api/identity/users/{id}/reset-password", new { password = "Hijack-Pass-1" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..16];

    private static async Task<Guid> CreateAsync(HttpClient admin, string fullName, Guid? supervisorId = null, string? userName = null)
    {
        var created = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName = userName ?? Unique("u"), fullName, supervisorId, password = "Good-Pass-123", roles = new[] { "sales" },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await Json(created)).GetProperty("id").GetGuid();
    }
}

public sealed class UsersApiTestsOnSqlite(SqliteHost host) : UsersApiTests(host), IClassFixture<SqliteHost>;

public sealed class UsersApiTestsOnPostgreSql(PostgreSqlHost host) : UsersApiTests(host), IClassFixture<PostgreSqlHost>;
