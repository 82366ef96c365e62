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

public sealed class UsersApiTests(SqliteHost host) : IClassFixture<SqliteHost>
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
}
