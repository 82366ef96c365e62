using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using MiniExcelLibs;
using Shouldly;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>Uploading and downloading the Stock module's spreadsheets in tests.</summary>
internal static class StockFiles
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await client.PostAsync("/api/stock/products/import", form);
    }

    /// <summary>Imports a file expecting 200 and returns <c>{ created, updated, errors }</c>.</summary>
    public static async Task<JsonElement> ImportedAsync(HttpClient client, byte[] content, string fileName)
    {
        var response = await ImportAsync(client, content, fileName);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<byte[]> DownloadAsync(HttpClient client, string url, string contentType = Xlsx)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>An XLSX list read back by its header row.</summary>
    public static List<IDictionary<string, object?>> Rows(byte[] xlsx) =>
        new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

    public static byte[] WriteXlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static IXLWorksheet Sheet(byte[] xlsx) => new XLWorkbook(new MemoryStream(xlsx)).Worksheet(1);
}
