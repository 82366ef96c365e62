using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Suite.Bench;

/// <summary>A list request the scenarios repeat: the first page sorted by name, with or without a filter.</summary>
internal sealed record Scenario(string Name, string? Filter);

/// <summary>The first page of companies, read one way or another; returns "totalCount" so both ways can be compared.</summary>
internal interface ICompanyList
{
    string Name { get; }

    Task<long> FirstPageAsync(string? filter);
}

/// <summary>GET /api/crm/companies as the Angular client calls it, with a bearer token of the admin.</summary>
internal sealed class HttpCompanyList(HttpClient http) : ICompanyList
{
    public const int PageSize = 20;

    public string Name => "http";

    public static async Task<HttpCompanyList> SignInAsync(Uri baseAddress, string password, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/api/account/login", new { userName = "admin", password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return new HttpCompanyList(http);
    }

    public async Task<long> FirstPageAsync(string? filter)
    {
        var url = $"/api/crm/companies?skipCount=0&maxResultCount={PageSize}&sorting=name";
        if (filter is not null)
            url += "&filter=" + Uri.EscapeDataString(filter);
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        // The whole body is read and parsed, as a client would; the count is where it begins.
        await using var body = await response.Content.ReadAsStreamAsync();
        using var json = await JsonDocument.ParseAsync(body);
        return json.RootElement.GetProperty("totalCount").GetInt64();
    }
}

/// <summary>
/// The same two statements EF Core sends for the list (captured from the host's log with
/// Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information), sent
/// through Npgsql on the same connection string: the floor the HTTP figures are compared with.
/// </summary>
internal sealed class DirectCompanyList(NpgsqlDataSource database) : ICompanyList
{
    private const string Count = """
        SELECT count(*)
        FROM crm."CrmCompanies" AS c
        """;

    private const string Page = """
        SELECT c."Id", c."Address", c."ConcurrencyStamp", c."CreatedAt", c."CreatedBy", c."CustomFields", c."Email", c."Kpp", c."ModifiedAt", c."ModifiedBy", c."Name", c."OwnerId", c."Phone", c."SearchText", c."SourceId", c."Tags", c."TaxId", c."Website"
        FROM crm."CrmCompanies" AS c
        """;

    private const string Where = """

        WHERE c."SearchText" LIKE @term
        """;

    private const string OrderAndPage = """

        ORDER BY c."Name"
        LIMIT @take OFFSET @skip
        """;

    public string Name => "direct";

    public async Task<long> FirstPageAsync(string? filter)
    {
        // EF opens a pooled connection per statement as well; the pool makes that cheap.
        await using var connection = await database.OpenConnectionAsync();
        var term = filter is null ? null : "%" + Escape(filter.Trim().ToLowerInvariant()) + "%";

        await using var count = new NpgsqlCommand(Count + (term is null ? "" : Where), connection);
        if (term is not null)
            count.Parameters.AddWithValue("term", term);
        var total = (long)(await count.ExecuteScalarAsync())!;

        await using var page = new NpgsqlCommand(Page + (term is null ? "" : Where) + OrderAndPage, connection);
        if (term is not null)
            page.Parameters.AddWithValue("term", term);
        page.Parameters.AddWithValue("take", HttpCompanyList.PageSize);
        page.Parameters.AddWithValue("skip", 0);
        await using var reader = await page.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
            reader.GetValues(values);   // materialise every column, as EF does for the DTO
        return total;
    }

    /// <summary>The plans PostgreSQL chooses for both statements, with their real timings.</summary>
    public async Task<string> ExplainAsync(string? filter)
    {
        await using var connection = await database.OpenConnectionAsync();
        var term = filter is null ? null : "%" + Escape(filter.Trim().ToLowerInvariant()) + "%";
        var plans = new List<string>();
        foreach (var sql in new[] { Count + (term is null ? "" : Where), Page + (term is null ? "" : Where) + OrderAndPage })
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, COSTS OFF) " + sql, connection);
            if (term is not null)
                explain.Parameters.AddWithValue("term", term);
            explain.Parameters.AddWithValue("take", HttpCompanyList.PageSize);
            explain.Parameters.AddWithValue("skip", 0);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                plans.Add("    " + reader.GetString(0));
        }
        return string.Join('\n', plans);
    }

    /// <summary>
    /// Like EF's Npgsql provider: the user's LIKE wildcards are escaped with a backslash (PostgreSQL's
    /// default escape character, so the statement needs no ESCAPE clause), so "50%" means the characters.
    /// </summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
