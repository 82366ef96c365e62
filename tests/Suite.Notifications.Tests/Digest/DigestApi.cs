using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using MimeKit;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Notifications.Tests.Digest;

/// <summary>The digest routes as the profile page calls them, the week's records made through the API, and the letter read back.</summary>
internal static class DigestApi
{
    /// <summary>Monday 7 December 2026 in Moscow at <paramref name="hour"/>:<paramref name="minute"/>: the digest of 30.11–06.12 is due from 08:00.</summary>
    public static DateTimeOffset Monday(int hour, int minute = 0) => new(2026, 12, 7, hour, minute, 0, TimeSpan.FromHours(3));

    public const string Subject = "Suite: итоги недели 30.11–06.12";

    public static async Task<JsonElement> SubscribeAsync(HttpClient user, bool weekly = true)
    {
        var response = await user.PutAsJsonAsync("/api/notifications/digest", new { weekly });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<Guid> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task OkAsync(HttpClient client, string url)
    {
        var response = await client.PostAsync(url, null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A Crm company, once Finance has its copy.</summary>
    public static async Task<Guid> CompanyAsync(HttpClient client, string name)
    {
        var id = await CreatedAsync(client, "/api/crm/companies", new { name });
        await Eventually.Until(async () => (await client.GetAsync($"/api/finance/customers/{id}")).StatusCode == HttpStatusCode.OK,
            what: "Finance's copy of the company");
        return id;
    }

    /// <summary>An issued invoice of one line, <paramref name="net"/> plus VAT at <paramref name="vatRate"/> %.</summary>
    public static async Task<Guid> IssuedInvoiceAsync(HttpClient accountant, Guid companyId, decimal net, decimal? vatRate, DateOnly issueDate, DateOnly dueDate)
    {
        var id = await CreatedAsync(accountant, "/api/finance/invoices", new
        {
            companyId, issueDate, dueDate,
            lines = new[] { new { description = "Окно ПВХ 1200×1400", quantity = 1m, unitPrice = net, vatRate } },
        });
        await OkAsync(accountant, $"/api/finance/invoices/{id}/issue");
        return id;
    }

    public static string Html(MimeMessage letter) => Normalise(letter.HtmlBody);

    /// <summary>Russian number formats group thousands with a no-break space; the tests write a plain one.</summary>
    public static string Normalise(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    /// <summary>The row of the letter's table for the figure: its label, the week, the week before and the change, as written.</summary>
    public static string[] FigureRow(MimeMessage letter, string key)
    {
        var html = Html(letter);
        var start = html.IndexOf($"<tr data-figure=\"{key}\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"the letter has no figure {key}");
        var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Matches(row, "<td[^>]*>(.*?)</td>").Select(m => Normalise(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))).ToArray();
    }

    /// <summary>The attached workbook's rows as label → (the week, the week before), read with ClosedXML.</summary>
    public static Dictionary<string, (object? Week, object? Before)> Workbook(MimeMessage letter)
    {
        var attachment = letter.Attachments.OfType<MimePart>().Single();
        attachment.FileName.ShouldEndWith(".xlsx");
        using var content = new MemoryStream();
        attachment.Content.DecodeTo(content);
        content.Position = 0;
        using var workbook = new XLWorkbook(content);
        var sheet = workbook.Worksheets.Single();
        var rows = new Dictionary<string, (object? Week, object? Before)>();
        foreach (var row in sheet.RowsUsed())
        {
            var label = row.Cell(1).GetString();
            if (label.Length > 0 && !rows.ContainsKey(label))
                rows[label] = (Value(row.Cell(2)), Value(row.Cell(3)));
        }

        return rows;
    }

    private static object? Value(IXLCell cell) => cell.IsEmpty() ? null : cell.DataType == XLDataType.Number ? cell.GetValue<decimal>() : cell.GetString();
}
