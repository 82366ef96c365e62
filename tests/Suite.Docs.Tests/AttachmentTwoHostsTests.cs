using System.Net;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Docs.Tests.AttachmentApi;
using static Suite.Docs.Tests.AttachmentSamples;

namespace Suite.Docs.Tests;

/// <summary>Server mode runs several hosts on one PostgreSQL: a file uploaded through one is served by every other.</summary>
public sealed class AttachmentTwoHostsTestsOnPostgreSql(PostgreSqlHost first) : IClassFixture<PostgreSqlHost>
{
    [Fact]
    public async Task Should_Serve_A_File_Uploaded_Through_One_Host_From_Another_On_The_Same_Database()
    {
        var userName = $"sales-{Guid.NewGuid():N}"[..20];
        var (anna, _) = await first.UserAsync("sales", userName);
        var company = await CompanyCardAsync(anna);
        var png = Png();
        var image = (await UploadedAsync(anna, company, ("Фасад.png", png))).Single().GetProperty("id").GetGuid();

        // A second host of its own (own data folder, own keys) on the first one's database.
        var second = new PostgreSqlHost().With("ConnectionStrings:Suite", first.Database.ConnectionString);
        await second.InitializeAsync();
        try
        {
            var annaOnSecond = await second.SignInAsync(userName, SuiteHost.UserPassword);

            var file = await annaOnSecond.GetAsync($"/api/docs/attachments/{image}/file");
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await file.Content.ReadAsByteArrayAsync()).ShouldBe(png);
            (await annaOnSecond.GetAsync($"/api/docs/attachments/{image}/thumbnail")).StatusCode.ShouldBe(HttpStatusCode.OK);

            var pdf = Pdf();
            var uploadedOnSecond = (await UploadedAsync(annaOnSecond, company, ("Договор.pdf", pdf))).Single().GetProperty("id").GetGuid();
            (await AttachmentsAsync(anna, company)).Count.ShouldBe(2);
            (await (await anna.GetAsync($"/api/docs/attachments/{uploadedOnSecond}/file")).Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
        }
    }
}
