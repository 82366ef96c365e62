using System.Text.Json;
using Shouldly;
using Suite.Finance.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// Finance's invoices and payments on the deal's and the company's timelines. The events are put into Finance's
/// outbox as Finance publishes them, and the real bus brings them to Crm.
/// </summary>
public abstract class FinanceTimelineTests(SuiteHost host)
{
    private static readonly OrganisationUpdatedEto Seller = new("ООО «Окна Севера»", "Окна Севера", "7701234567", "770101001",
        null, "Москва, ул. Ленина, 1", null, "Иванов И. И.", "Петрова А. А.", null, null, "osno", 22m, 5, null, null, null, null,
        DateTimeOffset.UtcNow);

    [Fact]
    public async Task Should_Show_An_Invoice_Issued_Overdue_Paid_And_Another_Cancelled_On_The_Deal_And_The_Company()
    {
        var admin = await host.AdminAsync();
        var companyId = await CrmApi.CompanyAsync(admin);
        var dealId = (await CrmApi.DealAsync(admin, companyId, "Окна в коттедж")).GetProperty("id").GetGuid();
        var invoiceId = Guid.NewGuid();
        var ownerId = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow;

        await PublishAsync(Issued(invoiceId, "СЧ-2026-000101", companyId, dealId, ownerId, 10_000m, 2_200m, at));
        await PublishAsync(new InvoiceOverdueEto(invoiceId, "СЧ-2026-000101", companyId, dealId, ownerId, 12_200m, 7_200m,
            new DateOnly(2026, 11, 30), at.AddDays(6)));
        await PublishAsync(new InvoicePaidEto(invoiceId, "СЧ-2026-000101", companyId, dealId, ownerId, 12_200m, new DateOnly(2026, 12, 2),
            at.AddDays(8)));
        var cancelledId = Guid.NewGuid();
        await PublishAsync(Issued(cancelledId, "СЧ-2026-000102", companyId, dealId, ownerId, 500m, 110m, at));
        await PublishAsync(new InvoiceCancelledEto(cancelledId, "СЧ-2026-000102", companyId, dealId, ownerId, 610m,
            new DateOnly(2026, 11, 21), null, at.AddDays(1)));

        var onDeal = await Eventually.Until(() => ItemsAsync(admin, "deal", dealId), i => i.Count(IsFinance) == 5,
            what: "the invoices on the deal's timeline");
        var issued = onDeal.Where(i => i.GetProperty("kind").GetString() == "invoiceIssued")
            .Single(i => i.GetProperty("title").GetString() == "СЧ-2026-000101").GetProperty("details");
        issued.GetProperty("number").GetString().ShouldBe("СЧ-2026-000101");
        issued.GetProperty("totalNet").GetDecimal().ShouldBe(10_000m);
        issued.GetProperty("totalVat").GetDecimal().ShouldBe(2_200m);
        issued.GetProperty("total").GetDecimal().ShouldBe(12_200m);
        issued.GetProperty("dueDate").GetString().ShouldBe("2026-11-30");
        issued.GetProperty("currency").GetString().ShouldBe("RUB");
        var overdue = Single(onDeal, "invoiceOverdue");
        overdue.GetProperty("amountDue").GetDecimal().ShouldBe(7_200m);
        overdue.GetProperty("dueDate").GetString().ShouldBe("2026-11-30");
        var paid = Single(onDeal, "invoicePaid");
        paid.GetProperty("total").GetDecimal().ShouldBe(12_200m);
        paid.GetProperty("paidOn").GetString().ShouldBe("2026-12-02");
        var cancelled = Single(onDeal, "invoiceCancelled");
        cancelled.GetProperty("number").GetString().ShouldBe("СЧ-2026-000102");
        cancelled.GetProperty("total").GetDecimal().ShouldBe(610m);

        var onCompany = (await ItemsAsync(admin, "company", companyId)).Where(IsFinance).ToList();
        onCompany.Select(i => i.GetProperty("id").GetGuid()).Order()
            .ShouldBe(onDeal.Where(IsFinance).Select(i => i.GetProperty("id").GetGuid()).Order(), "the company's card shows each item once");
    }

    [Fact]
    public async Task Should_Show_Payments_On_The_Deals_They_Paid_And_The_Company_Once_And_Not_Twice_When_Delivered_Twice()
    {
        var admin = await host.AdminAsync();
        var companyId = await CrmApi.CompanyAsync(admin);
        var windows = (await CrmApi.DealAsync(admin, companyId, "Окна")).GetProperty("id").GetGuid();
        var doors = (await CrmApi.DealAsync(admin, companyId, "Двери")).GetProperty("id").GetGuid();
        var at = DateTimeOffset.UtcNow;

        // An invoice without a deal goes on the company's card.
        await PublishAsync(Issued(Guid.NewGuid(), "СЧ-2026-000201", companyId, null, Guid.NewGuid(), 100m, 22m, at));

        var forWindows = new PaymentReceivedEto(Guid.NewGuid(), "ПП-000001", new DateOnly(2026, 12, 1), Guid.NewGuid(), companyId,
            1_000m, "RUB", "Оплата по счёту СЧ-2026-000301",
            [new PaymentAllocationEto(Guid.NewGuid(), "СЧ-2026-000301", windows, 700m)], at);
        await PublishAsync(forWindows);
        await PublishAsync(forWindows);
        var forBoth = new PaymentReceivedEto(Guid.NewGuid(), "ПП-000002", new DateOnly(2026, 12, 2), Guid.NewGuid(), companyId,
            900m, "RUB", null,
            [new PaymentAllocationEto(Guid.NewGuid(), "СЧ-2026-000302", windows, 400m), new PaymentAllocationEto(Guid.NewGuid(), "СЧ-2026-000303", doors, 500m)],
            at.AddMinutes(1));
        await PublishAsync(forBoth);

        var onCompany = await Eventually.Until(() => ItemsAsync(admin, "company", companyId), i => i.Count(IsFinance) >= 3,
            what: "the payments on the company's timeline");
        var onWindows = await Eventually.Until(() => ItemsAsync(admin, "deal", windows), i => i.Count(IsFinance) >= 2,
            what: "the payments on the first deal's timeline");
        var onDoors = await Eventually.Until(() => ItemsAsync(admin, "deal", doors), i => i.Count(IsFinance) >= 1,
            what: "the payment on the second deal's timeline");

        var invoice = onCompany.Single(i => i.GetProperty("kind").GetString() == "invoiceIssued");
        invoice.GetProperty("entityType").GetString().ShouldBe("company");
        invoice.GetProperty("title").GetString().ShouldBe("СЧ-2026-000201");

        onCompany.Where(i => i.GetProperty("kind").GetString() == "paymentReceived").Select(i => i.GetProperty("title").GetString())
            .ShouldBe(["ПП-000001", "ПП-000002"], ignoreOrder: true);
        onWindows.Where(IsFinance).Select(i => i.GetProperty("title").GetString()).ShouldBe(["ПП-000001", "ПП-000002"], ignoreOrder: true);
        onDoors.Where(IsFinance).Select(i => i.GetProperty("title").GetString()).ShouldBe(["ПП-000002"]);

        var first = onWindows.Single(i => i.GetProperty("title").GetString() == "ПП-000001").GetProperty("details");
        first.GetProperty("amount").GetDecimal().ShouldBe(1_000m);
        first.GetProperty("advance").GetDecimal().ShouldBe(300m, "what was not applied to an invoice is the client's advance");
        first.GetProperty("purpose").GetString().ShouldBe("Оплата по счёту СЧ-2026-000301");
        var allocation = first.GetProperty("allocations").EnumerateArray().Single();
        allocation.GetProperty("invoiceNumber").GetString().ShouldBe("СЧ-2026-000301");
        allocation.GetProperty("amount").GetDecimal().ShouldBe(700m);
        var both = onDoors.Single(IsFinance).GetProperty("details");
        both.GetProperty("allocations").EnumerateArray().Select(a => a.GetProperty("invoiceNumber").GetString())
            .ShouldBe(["СЧ-2026-000302", "СЧ-2026-000303"]);
        both.GetProperty("advance").GetDecimal().ShouldBe(0m);
    }

    private static InvoiceIssuedEto Issued(Guid invoiceId, string number, Guid companyId, Guid? dealId, Guid ownerId, decimal net, decimal vat,
        DateTimeOffset at) =>
        new(invoiceId, number, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 30), "RUB", false,
            new InvoiceParty(companyId, "ООО «Клиент»", "7712345678", null, null), Seller, dealId, ownerId,
            [new InvoiceLineEto(1, null, "Окно ПВХ", "шт", 1m, net, 22m, net, vat, net + vat)], [new VatAmount(22m, net, vat)],
            net, vat, net + vat, null, at);

    private static bool IsFinance(JsonElement item) =>
        item.GetProperty("kind").GetString() is "invoiceIssued" or "invoicePaid" or "invoiceOverdue" or "invoiceCancelled" or "paymentReceived";

    private static JsonElement Single(List<JsonElement> items, string kind) =>
        items.Single(i => i.GetProperty("kind").GetString() == kind).GetProperty("details");

    private Task PublishAsync<TEvent>(TEvent eto) where TEvent : class => ModuleOutbox.PublishAsync(host, "finance", eto);

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string entityType, Guid entityId)
    {
        var page = await Json(await client.GetAsync($"/api/crm/timeline?entityType={entityType}&entityId={entityId}&maxResultCount=100"));
        return page.GetProperty("items").EnumerateArray().Select(i => i.Clone()).ToList();
    }
}

public sealed class FinanceTimelineTestsOnSqlite(SqliteHost host) : FinanceTimelineTests(host), IClassFixture<SqliteHost>;

public sealed class FinanceTimelineTestsOnPostgreSql(PostgreSqlHost host) : FinanceTimelineTests(host), IClassFixture<PostgreSqlHost>;
