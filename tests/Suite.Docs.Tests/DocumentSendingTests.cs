using System.Net;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Docs.Tests.DocsApi;
using static Suite.Docs.Tests.MailApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Docs.Tests;

/// <summary>
/// A document e-mailed through a real SMTP server the test started: the letter as it arrived (recipients, subject, text,
/// the PDF with its name and bytes), what the user is told when the server refuses it, and the item on Crm's timeline.
/// </summary>
public abstract class DocumentSendingTests(MailHost host)
{
    [Fact]
    public async Task Should_Email_The_Invoice_Pdf_With_The_Message_To_The_Recipients()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var (_, _, document) = await InvoiceDocumentAsync(admin, sales);
        var documentId = document.GetProperty("id").GetGuid();
        var fileName = document.GetProperty("fileName").GetString()!;
        var subject = Unique("Счёт на оплату");

        var response = await SendAsync(sales, documentId, ["buyer@client.test"], subject,
            "Добрый день!\n\nСчёт во вложении. Оплатите, пожалуйста, до пятницы.", cc: ["boss@client.test"]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var sentAt = (await Json(response)).GetProperty("sentAt").GetDateTimeOffset();
        sentAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        var letter = host.MailServer.Letters.Single(l => l.Subject == subject);
        letter.To.Mailboxes.Select(m => m.Address).ShouldBe(["buyer@client.test"]);
        letter.Cc.Mailboxes.Select(m => m.Address).ShouldBe(["boss@client.test"]);
        letter.From.Mailboxes.Single().Address.ShouldBe(MailHost.Sender);
        letter.From.Mailboxes.Single().Name.ShouldBe("Окна Плюс");
        letter.TextBody.ShouldContain("Оплатите, пожалуйста, до пятницы.");
        letter.HtmlBody.ShouldContain("Оплатите, пожалуйста, до пятницы.");
        var attachment = letter.Attachments.OfType<MimeKit.MimePart>().Single();
        attachment.FileName.ShouldBe(fileName);
        attachment.ContentType.MimeType.ShouldBe("application/pdf");
        using var bytes = new MemoryStream();
        await attachment.Content.DecodeToAsync(bytes);
        var file = await sales.GetAsync($"/api/docs/documents/{documentId}/file");
        bytes.ToArray().ShouldBe(await file.Content.ReadAsByteArrayAsync());
        (await RecordedAsync(host, documentId)).ShouldBe((1, 1));
    }

    [Fact]
    public async Task Should_Show_The_Document_Made_And_Sent_On_The_Clients_Timeline()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var (companyId, invoice, document) = await InvoiceDocumentAsync(admin, sales);
        var documentId = document.GetProperty("id").GetGuid();
        var number = invoice.GetProperty("number").GetString()!;
        // Crm places an invoice's documents where it shows the invoice: wait until it does.
        await TimelineItemAsync(sales, companyId, "invoiceIssued");

        var generated = await TimelineItemAsync(sales, companyId, "documentGenerated", documentId);
        generated.GetProperty("title").GetString().ShouldBe($"Документ «Счёт {number}» создан");

        (await SendAsync(sales, documentId, ["buyer@client.test", "accounts@client.test"], Unique("Счёт"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sent = await TimelineItemAsync(sales, companyId, "documentSent", documentId);
        sent.GetProperty("title").GetString().ShouldBe($"Документ «Счёт {number}» отправлен на buyer@client.test, accounts@client.test");
        sent.GetProperty("userId").GetGuid().ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task Should_Answer_502_With_The_Servers_Words_And_Record_Nothing_When_The_Server_Refuses_The_Letter()
    {
        var admin = await host.AdminAsync();
        var (_, _, document) = await InvoiceDocumentAsync(admin, admin);
        var documentId = document.GetProperty("id").GetGuid();
        var subject = Unique("Счёт");

        var response = await SendAsync(admin, documentId, [TestMailServer.FullMailbox], subject);

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        var problem = await Json(response);
        problem.GetProperty("code").GetString().ShouldBe("Docs.Smtp.Failed");
        problem.GetProperty("detail").GetString().ShouldBe($"554 {TestMailServer.FullMailboxAnswer}");
        host.MailServer.Letters.ShouldNotContain(l => l.Subject == subject);
        (await RecordedAsync(host, documentId)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Should_Not_Send_Another_Managers_Document()
    {
        var admin = await host.AdminAsync();
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (_, _, document) = await InvoiceDocumentAsync(admin, anna);
        var documentId = document.GetProperty("id").GetGuid();
        var subject = Unique("Счёт");

        (await SendAsync(boris, documentId, ["buyer@client.test"], subject)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(boris, Guid.NewGuid(), ["buyer@client.test"], subject)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await SendAsync(warehouse, documentId, ["buyer@client.test"], subject)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        host.MailServer.Letters.ShouldNotContain(l => l.Subject == subject);
        (await RecordedAsync(host, documentId)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Should_Refuse_A_Letter_Without_Recipients_Or_Subject_Or_With_A_Wrong_Address()
    {
        var admin = await host.AdminAsync();
        var (_, _, document) = await InvoiceDocumentAsync(admin, admin);
        var documentId = document.GetProperty("id").GetGuid();

        var empty = await Errors(await SendAsync(admin, documentId, [], " "));
        empty.GetProperty("to").EnumerateArray().ShouldHaveSingleItem();
        empty.GetProperty("subject").EnumerateArray().ShouldHaveSingleItem();

        var wrong = await Errors(await SendAsync(admin, documentId, ["buyer@client.test", "buyer@"], "Счёт", cc: ["boss at client.test"]));
        wrong.GetProperty("to").EnumerateArray().Single().GetString().ShouldContain("buyer@");
        wrong.GetProperty("cc").EnumerateArray().Single().GetString().ShouldContain("boss at client.test");
        wrong.TryGetProperty("subject", out _).ShouldBeFalse();
        (await RecordedAsync(host, documentId)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Should_Tell_The_Send_Dialog_That_Mail_Is_Set_Up_And_From_Which_Address()
    {
        var (sales, _) = await host.UserAsync("sales");
        var status = await Json(await sales.GetAsync("/api/docs/mail/status"));
        status.GetProperty("configured").GetBoolean().ShouldBeTrue();
        status.GetProperty("from").GetString().ShouldBe(MailHost.Sender);
    }

    private static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("errors");
    }
}

public sealed class DocumentSendingTestsOnSqlite(MailHostOnSqlite host) : DocumentSendingTests(host), IClassFixture<MailHostOnSqlite>;

public sealed class DocumentSendingTestsOverRabbitMq(MailHostOverRabbitMq host) : DocumentSendingTests(host), IClassFixture<MailHostOverRabbitMq>;

/// <summary>Without a mail server in the settings "send" explains what to set; with one that cannot be reached it says so.</summary>
public sealed class MailNotSetUpTestsOnSqlite(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Should_Explain_Which_Settings_To_Set_When_Mail_Is_Not_Set_Up()
    {
        var admin = await host.AdminAsync();
        var (_, _, document) = await InvoiceDocumentAsync(admin, admin);

        var response = await SendAsync(admin, document.GetProperty("id").GetGuid(), ["buyer@client.test"], "Счёт");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await Json(response);
        problem.GetProperty("code").GetString().ShouldBe("Docs.Smtp.NotConfigured");
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldContain("Suite__Smtp__Host");
        detail.ShouldContain("Suite__Smtp__From");
        var status = await Json(await admin.GetAsync("/api/docs/mail/status"));
        status.GetProperty("configured").GetBoolean().ShouldBeFalse();
    }
}

public sealed class UnreachableMailServerTestsOnSqlite(UnreachableMailHostOnSqlite host) : IClassFixture<UnreachableMailHostOnSqlite>
{
    [Fact]
    public async Task Should_Answer_502_And_Record_Nothing_When_The_Mail_Server_Refuses_The_Connection()
    {
        var admin = await host.AdminAsync();
        var (_, _, document) = await InvoiceDocumentAsync(admin, admin);
        var documentId = document.GetProperty("id").GetGuid();

        var response = await SendAsync(admin, documentId, ["buyer@client.test"], "Счёт");

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway, await response.Content.ReadAsStringAsync());
        (await Json(response)).GetProperty("detail").GetString()!.ShouldContain("refused", Case.Insensitive);
        (await RecordedAsync(host, documentId)).ShouldBe((0, 0));
    }
}
