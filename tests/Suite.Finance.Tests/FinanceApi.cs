using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Small steps the Finance API tests repeat.</summary>
internal static partial class FinanceApi
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A 20-digit account number no other test uses.</summary>
    public static string UniqueAccountNumber() => "40702810" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999);

    public static async Task<Guid> BankAccountAsync(HttpClient client, string? number = null, bool isMain = false)
    {
        var response = await client.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = Unique("Расчётный счёт"), kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225",
            accountNumber = number ?? UniqueAccountNumber(), correspondentAccount = "30101810400000000225", isMain,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CashDeskAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/finance/accounts", new { name = Unique("Касса"), kind = "cash" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> AccountAsync(HttpClient client, Guid id) =>
        await Json(await client.GetAsync($"/api/finance/accounts/{id}"));

    /// <summary>The id of the built-in article with <paramref name="code"/> ("customer-payments", "rent", …).</summary>
    public static async Task<Guid> ArticleAsync(HttpClient client, string code)
    {
        var articles = await Json(await client.GetAsync("/api/finance/categories"));
        return articles.EnumerateArray().Single(a => a.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    /// <summary>Sets the lock date (null opens every period again).</summary>
    public static async Task LockAsync(HttpClient client, DateOnly? lockDate)
    {
        var settings = await Json(await client.GetAsync("/api/finance/settings"));
        var response = await client.PutAsJsonAsync("/api/finance/settings", new
        {
            lockDate, concurrencyStamp = settings.GetProperty("concurrencyStamp").GetString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
