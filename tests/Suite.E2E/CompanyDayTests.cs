using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;
using static Suite.E2E.CompanyDayWorld;

namespace Suite.E2E;

/// <summary>
/// One day of a window company, each person at their own screen (PRODUCT.md's story, issue 14): a visitor's web form
/// request, the manager's call-back task and conversion, the deal's stages and their tasks, the invoice and its PDF, the
/// bank statement that pays it, the shipment of the windows, and the director's home that shows all of it. Figures on the
/// director's home are compared with what they were before the day, since other tests post into the same books.
/// </summary>
public sealed class CompanyDayTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Fact]
    public Task Should_Carry_A_Web_Form_Request_Through_Sales_Money_And_Stock_Onto_The_Directors_Home() =>
        InBrowserAsync(nameof(Should_Carry_A_Web_Form_Request_Through_Sales_Money_And_Stock_Onto_The_Directors_Home), async anna =>
        {
            var world = await PrepareAsync(Fixture);
            try
            {
                await DayAsync(world, anna);
            }
            finally
            {
                await world.ForgetRulesAsync();
            }
        });

    private async Task DayAsync(CompanyDayWorld world, IPage anna)
    {
        await using var dinaContext = await Fixture.NewContextAsync();
        var dina = await dinaContext.NewPageAsync();
        var before = await TheMorningAsync(dina);
        var (plan, factBefore) = await SetAnnasPlanAsync(dina, world);
        await dina.GetByTestId("nav-home").ClickAsync();
        var annasPlan = dina.GetByTestId("tile-plan").GetByTestId("plan-row").Filter(new() { HasText = AnnaName });
        await Expect(annasPlan).ToHaveCountAsync(1);
        (await MoneyOfAsync(annasPlan.GetByTestId("plan-fact"))).ShouldBe(factBefore);

        await TheVisitorAsksAsync(world);

        var dealUrl = await AnnaConvertsTheLeadAsync(anna, world);
        await AnnaPutsTheWindowsOnTheDealAsync(anna, world, dealUrl);
        await AnnaMovesTheDealAsync(anna, world, dealUrl);

        await world.FinanceKnowsTheDealAsync();
        var invoice = await AnnaInvoicesTheDealAsync(anna, world, dealUrl);

        // The director sees the client owe the invoice: in the receivables tile, and by name in the list it opens.
        await dina.GotoAsync("/home");
        await ReloadUntilAsync(dina, "the new receivable", async () =>
            await MoneyOfAsync(dina.GetByTestId("receivables-total")) == before.Receivables + invoice.Total);
        await dina.GetByTestId("tile-receivables").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(dina).ToHaveURLAsync(new Regex("/finance/receivables"));
        var owes = dina.GetByTestId("aging-row").Filter(new() { HasText = world.ClientName });
        await Expect(owes).ToHaveCountAsync(1);
        await Expect(owes.GetByTestId("aging-row-total")).ToHaveTextAsync(Grouped(invoice.Total));

        await TheAccountantImportsTheStatementAsync(world, invoice);
        await TheWarehouseShipsAsync(world);
        await AnnaWinsAsync(anna, dealUrl);

        // Evening: the director's home. Revenue net of VAT, gross profit less the shipment's cost, the receivable paid.
        var shipmentCost = WindowsSold * WindowCost;
        await dina.GotoAsync("/home");
        await ReloadUntilAsync(dina, "the day's revenue, gross profit and paid receivable", async () =>
            await MoneyOfAsync(dina.GetByTestId("cockpit-revenue").GetByTestId("value")) == before.Revenue + invoice.Net
            && await MoneyOfAsync(dina.GetByTestId("cockpit-grossProfit").GetByTestId("value")) == before.GrossProfit + invoice.Net - shipmentCost
            && await MoneyOfAsync(dina.GetByTestId("receivables-total")) == before.Receivables
            // The plan moved by the day's sale, to exactly half: it was set to twice the fact the day would make.
            && await MoneyOfAsync(annasPlan.GetByTestId("plan-fact")) == factBefore + invoice.Total);
        plan.ShouldBe(2 * (factBefore + invoice.Total));
        await Expect(annasPlan.GetByTestId("plan-percent")).ToHaveTextAsync(new Regex(@"^50(,0+)?\s?%$"));

        await dina.GetByTestId("tile-receivables").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(dina).ToHaveURLAsync(new Regex("/finance/receivables"));
        await Expect(dina.GetByTestId("aging-row").First.Or(dina.GetByTestId("aging-empty"))).ToBeVisibleAsync();
        await Expect(dina.GetByTestId("aging-row").Filter(new() { HasText = world.ClientName })).ToHaveCountAsync(0);
    }

    private sealed record Morning(decimal Revenue, decimal GrossProfit, decimal Receivables);

    private sealed record IssuedInvoice(string Number, decimal Total, decimal Net);

    /// <summary>The director's home before the day: the figures the day will move.</summary>
    private static async Task<Morning> TheMorningAsync(IPage dina)
    {
        await SignInAsync(dina, "dina", "Demo123!");
        await Expect(dina).ToHaveURLAsync(new Regex("/home$"));
        return new Morning(
            await MoneyOfAsync(dina.GetByTestId("cockpit-revenue").GetByTestId("value")),
            await MoneyOfAsync(dina.GetByTestId("cockpit-grossProfit").GetByTestId("value")),
            await MoneyOfAsync(dina.GetByTestId("receivables-total")));
    }

    /// <summary>
    /// The director sets Anna's plan for the month on the sales plans page: twice what she will have sold by the evening,
    /// so the day's sale moves her to 50 %. Returns the plan and her fact before the day.
    /// </summary>
    private static async Task<(decimal Plan, decimal Fact)> SetAnnasPlanAsync(IPage dina, CompanyDayWorld world)
    {
        await dina.GetByTestId("nav-sales-plans").ClickAsync();
        await Expect(dina.GetByTestId("working-days")).ToBeVisibleAsync();
        var row = dina.GetByTestId("plan-vs-fact").GetByTestId("plan-row").Filter(new() { HasText = AnnaName });
        var fact = await row.CountAsync() == 1 ? Money(await row.Locator("td").Nth(2).InnerTextAsync()) : 0m;
        var plan = 2 * (fact + WindowsSold * WindowPrice);
        var text = plan.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var existing = dina.GetByTestId("plan").Filter(new() { HasText = AnnaName });
        if (await existing.CountAsync() == 1)
        {
            await existing.GetByTestId("plan-edit-amount").FillAsync(text);
            await existing.GetByTestId("plan-edit-amount").PressAsync("Tab");
        }
        else
        {
            await dina.GetByTestId("plan-owner").FillAsync("Смирнова");
            await dina.GetByTestId("plan-owner-option").Filter(new() { HasText = AnnaName }).ClickAsync();
            await dina.GetByTestId("plan-amount").FillAsync(text);
            await dina.GetByTestId("plan-add").ClickAsync();
        }

        await Expect(dina.GetByTestId("plan").Filter(new() { HasText = AnnaName })).ToHaveCountAsync(1);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(Grouped(plan));
        return (plan, fact);
    }

    /// <summary>The visitor fills in the form on the company's website: the snippet the admin copied from Suite, as is.</summary>
    private async Task TheVisitorAsksAsync(CompanyDayWorld world)
    {
        await using var adminContext = await Fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await SignInAsync(admin, "admin", "Admin123!");
        await Expect(admin.GetByTestId("current-user")).ToHaveTextAsync("admin");
        await admin.GotoAsync($"/crm/web-forms/{world.WebFormId}");
        var snippet = await admin.GetByTestId("web-form-snippet").InputValueAsync();
        snippet.ShouldContain($"/api/crm/web-forms/");

        // The company's website is another site on its own port: the browser posts across origins, as from a real site.
        await using var website = WebsitePage.Serve(
            $"<!doctype html><html><head><meta charset=\"utf-8\"><title>Окна у озера</title></head><body><h1>Вызвать замерщика</h1>{snippet}</body></html>");
        await using var visitorContext = await Fixture.Browser.NewContextAsync(new() { Locale = "ru-RU" });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync(website.Url);
        await visitor.Locator("input[name=name]").FillAsync(world.Visitor);
        await visitor.Locator("input[name=phone]").FillAsync(world.VisitorPhone);
        await visitor.Locator("input[name=companyName]").FillAsync(world.ClientName);
        await visitor.Locator("textarea[name=comment]").FillAsync("Три окна в загородный дом, нужен замер");
        var sent = await visitor.RunAndWaitForResponseAsync(
            () => visitor.GetByRole(AriaRole.Button).ClickAsync(), r => r.Url.EndsWith("/submit", StringComparison.Ordinal) && r.Request.Method == "POST");
        sent.Status.ShouldBe(202);
        await Expect(visitor.Locator("[data-role=message]")).ToBeVisibleAsync();
        await Expect(visitor.Locator("input[name=name]")).ToHaveValueAsync("");
    }

    /// <summary>Anna finds the request among her leads with its call-back task, and converts it. Returns the deal's address.</summary>
    private static async Task<string> AnnaConvertsTheLeadAsync(IPage anna, CompanyDayWorld world)
    {
        await SignInAsync(anna, "anna", "Demo123!");
        await Expect(anna.GetByTestId("current-user")).ToHaveTextAsync("anna");
        await anna.GetByTestId("nav-leads").ClickAsync();
        await anna.GetByTestId("leads-search").FillAsync(world.Token);
        var lead = anna.GetByTestId("leads-row");
        await Expect(lead).ToHaveCountAsync(1);
        await Expect(lead).ToContainTextAsync(world.Visitor);
        await Expect(lead.GetByTestId("lead-status")).ToHaveTextAsync("Новый");
        await lead.ClickAsync();
        await Expect(anna).ToHaveURLAsync(new Regex("/crm/leads/[0-9a-f-]{36}$"));

        // The lead rule gave her the call-back on the lead's card.
        await ReloadUntilAsync(anna, world.CallBackTask, async () =>
            await anna.GetByTestId("card-tasks-item").Filter(new() { HasText = world.CallBackTask }).CountAsync() == 1);

        // On the call she writes down the client's ИНН: the company the lead becomes gets it, and the bank will name it.
        await anna.GetByTestId("lead-taxId").FillAsync(world.ClientTaxId);
        var saved = await anna.RunAndWaitForResponseAsync(() => anna.GetByTestId("lead-save").ClickAsync(),
            r => r.Url.Contains("/api/crm/leads/") && r.Request.Method == "PUT");
        saved.Status.ShouldBe(200);

        await anna.GetByTestId("lead-convert").ClickAsync();
        await Expect(anna.GetByTestId("convert-new-company")).ToBeVisibleAsync();
        await anna.GetByTestId("convert-deal-title").FillAsync(world.DealTitle);
        await anna.GetByTestId("convert-ok").ClickAsync();
        await Expect(anna.GetByTestId("lead-converted")).ToBeVisibleAsync();

        await anna.GetByTestId("lead-open-deal").ClickAsync();
        await Expect(anna).ToHaveURLAsync(new Regex("/crm/deals/[0-9a-f-]{36}$"));
        await Expect(anna.GetByTestId("page-title")).ToHaveTextAsync(world.DealTitle);
        await Expect(anna.GetByTestId("card-company")).ToHaveTextAsync(world.ClientName);
        await Expect(anna.GetByTestId("card-contact")).ToContainTextAsync(world.Token);
        await Expect(anna.GetByTestId("card-owner")).ToHaveTextAsync(AnnaName);
        await Expect(anna.GetByTestId("card-stage")).ToContainTextAsync("Первый звонок");
        return new Uri(anna.Url).AbsolutePath;
    }

    /// <summary>Anna puts the two windows from the catalog on the deal.</summary>
    private static async Task AnnaPutsTheWindowsOnTheDealAsync(IPage anna, CompanyDayWorld world, string dealUrl)
    {
        await anna.GotoAsync(dealUrl);
        await anna.GetByTestId("card-edit").ClickAsync();
        await anna.GetByTestId("line-add").ClickAsync();
        var line = anna.GetByTestId("deal-line").Last;
        await line.GetByTestId("line-product").FillAsync(world.Sku);
        await anna.GetByTestId("line-product-option").Filter(new() { HasText = world.ProductName }).ClickAsync();
        await line.GetByTestId("line-quantity").FillAsync("2");
        await line.GetByTestId("line-price").FillAsync("30000");
        await Expect(anna.GetByTestId("lines-total")).ToHaveTextAsync(Grouped(WindowsSold * WindowPrice));
        var saved = await anna.RunAndWaitForResponseAsync(() => anna.GetByTestId("deal-save").ClickAsync(),
            r => r.Url.Contains("/api/crm/deals/") && r.Request.Method == "PUT");
        saved.Status.ShouldBe(200);

        await anna.GotoAsync(dealUrl);
        await Expect(anna.GetByTestId("card-lines")).ToContainTextAsync(world.ProductName);
        await Expect(anna.GetByTestId("card-amount")).ToContainTextAsync(Grouped(WindowsSold * WindowPrice));
    }

    /// <summary>Measuring, then agreement: each stage's rule gives Anna its task on the deal's card.</summary>
    private static async Task AnnaMovesTheDealAsync(IPage anna, CompanyDayWorld world, string dealUrl)
    {
        foreach (var (stage, task) in new[] { ("Замер", world.MeasureTask), ("Согласование", world.PriceTask), ("Оплата", (string?)null) })
        {
            await anna.GetByTestId("card-stage").ClickAsync();
            var moved = await anna.RunAndWaitForResponseAsync(
                () => anna.GetByRole(AriaRole.Option, new() { Name = stage, Exact = true }).ClickAsync(),
                r => r.Url.Contains("/move") && r.Request.Method == "POST");
            moved.Status.ShouldBe(200);
            await Expect(anna.GetByTestId("card-stage")).ToContainTextAsync(stage);
            if (task is null) continue;
            await ReloadUntilAsync(anna, task, async () =>
                await anna.GetByTestId("card-tasks-item").Filter(new() { HasText = task }).CountAsync() == 1);
        }

        await anna.GotoAsync(dealUrl);
        await Expect(anna.GetByTestId("card-stage")).ToContainTextAsync("Оплата");
    }

    /// <summary>From the deal's card: the invoice, issued; Docs prints it by itself and the PDF downloads from the invoice.</summary>
    private static async Task<IssuedInvoice> AnnaInvoicesTheDealAsync(IPage anna, CompanyDayWorld world, string dealUrl)
    {
        await anna.GotoAsync(dealUrl);
        await anna.GetByTestId("card-create-invoice").ClickAsync();
        await Expect(anna).ToHaveURLAsync(new Regex("/finance/invoices/[0-9a-f-]{36}$"));
        await Expect(anna.GetByTestId("invoice-status")).ToHaveTextAsync("Черновик");
        await Expect(anna.GetByTestId("invoice-client")).ToHaveTextAsync(world.ClientName);
        await Expect(anna.GetByTestId("invoice-deal")).ToHaveTextAsync(world.DealTitle);
        await Expect(anna.GetByTestId("invoice-line")).ToHaveCountAsync(1);
        await Expect(anna.GetByTestId("invoice-line")).ToContainTextAsync(world.ProductName);
        // 2 × 30 000,00 including 22 % VAT: 10 819,67 of it is VAT, 49 180,33 the revenue.
        await Expect(anna.GetByTestId("invoice-total")).ToContainTextAsync(Grouped(60_000m));
        await Expect(anna.GetByTestId("invoice-vat-by-rate")).ToContainTextAsync(Grouped(10_819.67m));
        await Expect(anna.GetByTestId("invoice-total-net")).ToContainTextAsync(Grouped(49_180.33m));

        await anna.GetByTestId("invoice-issue").ClickAsync();
        await anna.GetByTestId("confirm-ok").ClickAsync();
        await Expect(anna.GetByTestId("invoice-status")).ToHaveTextAsync("Выставлен");
        await Expect(anna.GetByTestId("page-title")).ToContainTextAsync("СЧ-");
        var number = Regex.Match(await anna.GetByTestId("page-title").InnerTextAsync(), @"СЧ-\d{4}-\d+").Value;
        number.ShouldNotBeEmpty();

        // The PDF is the invoice's document: listed on the invoice and downloaded as a PDF.
        await ReloadUntilAsync(anna, "the invoice's PDF", async () => await anna.GetByTestId("documents-item").CountAsync() == 1);
        await Expect(anna.GetByTestId("invoice-pdf")).ToBeVisibleAsync();
        // Named once by its number (the panel used to print "Счёт № СЧ-… № СЧ-…").
        await Expect(anna.GetByTestId("documents-item-title")).ToHaveTextAsync($"Счёт № {number}");
        var file = anna.WaitForResponseAsync(r => r.Url.Contains("/api/docs/documents/") && r.Url.EndsWith("/file", StringComparison.Ordinal));
        var download = await anna.RunAndWaitForDownloadAsync(() => anna.GetByTestId("documents-download").ClickAsync());
        (await file).Headers["content-type"].ShouldStartWith("application/pdf");
        download.SuggestedFilename.ShouldEndWith(".pdf");
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");

        return new IssuedInvoice(number, 60_000m, 49_180.33m);
    }

    /// <summary>Alla uploads the bank's statement: it names the invoice, so the payment is matched and the invoice is paid.</summary>
    private async Task TheAccountantImportsTheStatementAsync(CompanyDayWorld world, IssuedInvoice invoice)
    {
        await using var context = await Fixture.NewContextAsync();
        var alla = await context.NewPageAsync();
        await SignInAsync(alla, "alla", "Demo123!");
        await Expect(alla.GetByTestId("current-user")).ToHaveTextAsync("alla");
        await alla.GetByTestId("nav-finance-statements").ClickAsync();
        await alla.GetByTestId("statement-account").FillAsync(world.Token);
        await alla.GetByTestId("statement-account-option").Filter(new() { HasText = world.BankAccountName }).ClickAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Moscow).DateTime);
        await alla.GetByTestId("statement-file").SetInputFilesAsync(new FilePayload
        {
            Name = "kl_to_1c.txt", MimeType = "text/plain", Buffer = world.Statement(invoice.Number, invoice.Total, today),
        });
        await Expect(alla.GetByTestId("statement-file-name")).ToHaveTextAsync("kl_to_1c.txt");
        await alla.GetByTestId("statement-import-button").ClickAsync();
        await Expect(alla.GetByTestId("statement-result")).ToBeVisibleAsync();
        await Expect(alla.GetByTestId("result-imported")).ToContainTextAsync("1");
        await Expect(alla.GetByTestId("result-matched")).ToContainTextAsync("1");

        await alla.GetByTestId("nav-finance-invoices").ClickAsync();
        await alla.GetByTestId("invoices-search").FillAsync(invoice.Number);
        var row = alla.GetByTestId("invoices-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("invoices-row-status")).ToHaveTextAsync("Оплачен");
        await row.ClickAsync();
        await Expect(alla.GetByTestId("invoice-status")).ToHaveTextAsync("Оплачен");
        await Expect(alla.GetByTestId("invoice-amount-due")).ToContainTextAsync("0,00");
        await Expect(alla.GetByTestId("invoice-payment")).ToHaveCountAsync(1);
    }

    /// <summary>Vlad ships the two windows against the deal and posts the shipment: the warehouse has one left.</summary>
    private async Task TheWarehouseShipsAsync(CompanyDayWorld world)
    {
        await using var context = await Fixture.NewContextAsync();
        var vlad = await context.NewPageAsync();
        await SignInAsync(vlad, "vlad", "Demo123!");
        await Expect(vlad.GetByTestId("current-user")).ToHaveTextAsync("vlad");
        await vlad.GetByTestId("nav-stock-documents").ClickAsync();
        await vlad.GetByTestId("documents-new-shipment").ClickAsync();
        await Expect(vlad).ToHaveURLAsync(new Regex("/stock/documents/new/shipment$"));
        await vlad.GetByTestId("document-warehouse").ClickAsync();
        await vlad.GetByRole(AriaRole.Option, new() { Name = world.Warehouse }).ClickAsync();
        await vlad.GetByTestId("document-company").FillAsync(world.Token);
        await vlad.GetByTestId("document-company-option").Filter(new() { HasText = world.ClientName }).ClickAsync();
        await vlad.GetByTestId("document-deal").FillAsync(world.Token);
        await vlad.GetByTestId("document-deal-option").Filter(new() { HasText = world.DealTitle }).ClickAsync();
        var scan = vlad.GetByTestId("scan-input");
        await scan.FillAsync(world.Sku);
        await scan.PressAsync("Enter");
        var line = vlad.GetByTestId("document-line");
        await Expect(line).ToHaveCountAsync(1);
        await line.GetByTestId("line-quantity").FillAsync("2");
        await line.GetByTestId("line-quantity").PressAsync("Tab");
        await vlad.GetByTestId("document-post").ClickAsync();
        await Expect(vlad.GetByTestId("document-cancel")).ToBeVisibleAsync();
        await Expect(vlad.GetByTestId("document-error")).ToHaveCountAsync(0);

        await vlad.GetByTestId("nav-stock-balances").ClickAsync();
        await vlad.GetByTestId("balances-search").FillAsync(world.Token);
        var balance = vlad.GetByTestId("balances-row");
        await Expect(balance).ToHaveCountAsync(1);
        await Expect(balance).ToContainTextAsync(world.Warehouse);
        await Expect(balance.GetByTestId("balance-on-hand")).ToHaveTextAsync("1");
    }

    /// <summary>Paid and shipped: Anna closes the deal as won.</summary>
    private static async Task AnnaWinsAsync(IPage anna, string dealUrl)
    {
        await anna.GotoAsync(dealUrl);
        await anna.GetByTestId("card-edit").ClickAsync();
        await anna.GetByTestId("deal-win").ClickAsync();
        await Expect(anna.GetByTestId("deal-reopen")).ToBeVisibleAsync();
        await anna.GotoAsync(dealUrl);
        await Expect(anna.GetByTestId("card-status")).ToHaveTextAsync("Выиграна");
    }

    /// <summary>An amount as the Russian screens write it, "60 000,00", whichever space separates the thousands.</summary>
    private static Regex Grouped(decimal amount)
    {
        var text = amount.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);
        return new Regex(Regex.Escape(text).Replace(",", @"\s?").Replace(@"\.", ","));
    }
}
