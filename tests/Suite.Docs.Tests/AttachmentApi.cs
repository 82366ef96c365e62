using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Docs.Tests;

/// <summary>Steps of the attachment tests, all through the public API: a Crm company to attach to, uploads, the card's list.</summary>
internal static class AttachmentApi
{
    /// <summary>A company made in Crm by <paramref name="owner"/>, once Docs has heard of it (its attachments stop answering 404).</summary>
    public static async Task<Guid> CompanyCardAsync(HttpClient owner)
    {
        var response = await owner.PostAsJsonAsync("/api/crm/companies", new { name = DocsApi.Unique("ООО Окна") });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await Json(response)).GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await owner.GetAsync(ListUrl(id))).StatusCode == HttpStatusCode.OK,
            what: "Docs' copy of the company");
        return id;
    }

    public static string ListUrl(Guid companyId) => $"/api/docs/attachments?entityType=company&entityId={companyId}";

    public static MultipartFormDataContent Form(Guid companyId, params (string Name, byte[] Content)[] files) =>
        Form(companyId, files.Select(f => (f.Name, (HttpContent)new ByteArrayContent(f.Content))).ToArray());

    /// <summary>The form as a browser sends it; every file claims to be a harmless octet stream, so only its bytes can tell.</summary>
    public static MultipartFormDataContent Form(Guid companyId, params (string Name, HttpContent Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("company"), "entityType" },
            { new StringContent(companyId.ToString()), "entityId" },
        };
        foreach (var (name, content) in files)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "file", name);
        }

        return form;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid companyId, params (string Name, byte[] Content)[] files) =>
        client.PostAsync("/api/docs/attachments", Form(companyId, files));

    /// <summary>Uploads that must succeed; the attachments as the API answers them.</summary>
    public static async Task<List<JsonElement>> UploadedAsync(HttpClient client, Guid companyId, params (string Name, byte[] Content)[] files)
    {
        var response = await UploadAsync(client, companyId, files);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).EnumerateArray().ToList();
    }

    public static async Task<List<JsonElement>> AttachmentsAsync(HttpClient client, Guid companyId)
    {
        var response = await client.GetAsync(ListUrl(companyId));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var page = await Json(response);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        page.GetProperty("totalCount").GetInt32().ShouldBe(items.Count);
        return items;
    }

    /// <summary>A refused upload: its status, its problem code and that the problem names the file.</summary>
    public static async Task ShouldBeRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, string fileName)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("detail").GetString().ShouldContain(fileName);
    }
}
