using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Docs.Data;
using Suite.Docs.EventHandlers;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.TestBase;
using Xunit;
using static Suite.Docs.Tests.DocsApi;

namespace Suite.Docs.Tests;

/// <summary>An issued invoice gets its PDF from Finance's event: listed for its owner, downloaded, read back by pdftotext.</summary>
public abstract class InvoiceDocumentTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Make_The_Pdf_Of_An_Issued_Invoice_With_Its_Number_The_Buyers_Inn_And_The_Total()
    {
        var admin = await host.AdminAsync();
        await SellerAsync(admin);
        var buyerTaxId = UniqueTaxId();
        var invoice = await IssuedInvoiceAsync(admin, await ClientAsync(admin, buyerTaxId));
        var invoiceId = invoice.GetProperty("id").GetGuid();
        var number = invoice.GetProperty("number").GetString()!;

        var document = await GeneratedDocumentAsync(admin, invoiceId);
        document.GetProperty("kind").GetString().ShouldBe("invoice");
        document.GetProperty("number").GetString().ShouldBe(number);
        document.GetProperty("fileName").GetString().ShouldBe($"Счёт {number}.pdf");
        document.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        document.GetProperty("version").GetInt32().ShouldBe(1);

        var response = await admin.GetAsync($"/api/docs/documents/{document.GetProperty("id").GetGuid()}/file");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"Счёт {number}.pdf");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        pdf.Length.ShouldBe(document.GetProperty("size").GetInt32());

        var text = PdfTools.Text(pdf);
        text.ShouldContain(number, Case.Sensitive);
        text.ShouldContain($"ИНН {buyerTaxId}", Case.Sensitive);
        // 2 × 15 000 + 4 500,50 with 22 % VAT on top: 34 500,50 + 7 590,11 = 42 090,61.
        invoice.GetProperty("total").GetDecimal().ShouldBe(42_090.61m);
        text.ShouldContain("42 090,61", Case.Sensitive);
    }

    [Fact]
    public async Task Should_Not_Show_Another_Managers_Invoice_Pdf_To_A_Sales_Manager()
    {
        var admin = await host.AdminAsync();
        await SellerAsync(admin);
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (director, _) = await host.UserAsync("director");
        var invoiceId = (await IssuedInvoiceAsync(anna, await ClientAsync(anna, UniqueTaxId()))).GetProperty("id").GetGuid();
        var documentId = (await GeneratedDocumentAsync(anna, invoiceId)).GetProperty("id").GetGuid();

        (await DocumentsAsync(boris, invoiceId)).ShouldBeEmpty();
        (await boris.GetAsync($"/api/docs/documents/{documentId}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.GetAsync($"/api/docs/documents/{documentId}/file")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DocumentsAsync(director, invoiceId)).ShouldHaveSingleItem();
        (await host.Anonymous().GetAsync($"/api/docs/documents/{documentId}/file")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Make_One_Document_When_The_Issued_Event_Comes_Twice()
    {
        var admin = await host.AdminAsync();
        await SellerAsync(admin);
        var invoiceId = (await IssuedInvoiceAsync(admin, await ClientAsync(admin, UniqueTaxId()))).GetProperty("id").GetGuid();
        await GeneratedDocumentAsync(admin, invoiceId);

        // The event as it was delivered, kept as the document's snapshot, handled again as a redelivery would be.
        string snapshot;
        using (var scope = host.Services.CreateScope())
            snapshot = await scope.ServiceProvider.GetRequiredService<DocsDbContext>().Documents
                .Where(d => d.EntityId == invoiceId).Select(d => d.Snapshot).SingleAsync();
        var issued = (InvoiceIssuedEto)EventSerializer.Deserialize(snapshot, typeof(InvoiceIssuedEto));
        for (var delivery = 0; delivery < 2; delivery++)
        {
            using var scope = host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<InvoiceIssuedHandler>().HandleAsync(issued, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<DocsDbContext>().SaveChangesAsync();
        }

        (await DocumentsAsync(admin, invoiceId)).ShouldHaveSingleItem();
    }
}

public sealed class InvoiceDocumentTestsOnSqlite(SqliteHost host) : InvoiceDocumentTests(host), IClassFixture<SqliteHost>;

public sealed class InvoiceDocumentTestsOnPostgreSql(PostgreSqlHost host) : InvoiceDocumentTests(host), IClassFixture<PostgreSqlHost>;

public sealed class InvoiceDocumentTestsOverRabbitMq(PostgreSqlRabbitMqHost host) : InvoiceDocumentTests(host), IClassFixture<PostgreSqlRabbitMqHost>;

/// <summary>Server mode as deployed: PostgreSQL with the events going through RabbitMQ.</summary>
public sealed class PostgreSqlRabbitMqHost() : SuiteHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq);
