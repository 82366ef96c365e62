using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Shouldly;

namespace Suite.E2E;

/// <summary>
/// What the window company has before its day starts, made through the API because no person in the story does it:
/// the task rules, the website's form, the windows in stock, the bank account. Also the bank's statement file and the
/// reading of figures off the screen.
/// </summary>
internal sealed class CompanyDayWorld(HttpClient admin, string token)
{
    public const string AnnaName = "Анна Смирнова";

    /// <summary>One window at its VAT-inclusive price, two of them sold, three in stock at a known cost.</summary>
    public const decimal WindowPrice = 30_000m;
    public const decimal WindowsSold = 2m;
    public const decimal WindowCost = 12_000m;

    public string Token { get; } = token;
    public string Sku => $"OKNO-{Token}";
    public string ProductName => $"Окно ПВХ 1300×1400 {Token}";
    public string Warehouse => $"Склад {Token}";
    public string BankAccountName => $"Расчётный счёт {Token}";
    public string BankAccountNumber { get; } = "40702810" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999);
    public string ClientTaxId { get; } = TaxId(Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture));
    public string Visitor => $"Ольга {Token}";
    /// <summary>Her own number: a phone another client has would make the lead that client (the duplicate rules).</summary>
    public string VisitorPhone { get; } = "+7 9" + Random.Shared.Next(10, 99) + " " + Random.Shared.Next(100, 999) + "-" + Random.Shared.Next(10, 99) + "-" + Random.Shared.Next(10, 99);
    public string ClientName => $"ООО «Дом у озера {Token}»";
    public string DealTitle => $"Окна в дом у озера {Token}";
    public string CallBackTask => $"Перезвонить в течение 15 минут: {Visitor}";
    public string MeasureTask => $"Замер: {DealTitle}";
    public string PriceTask => $"Рассчитать цену и позвонить клиенту: {DealTitle}";

    public Guid WebFormId { get; private set; }
    private readonly List<Guid> rules = [];

    public static async Task<CompanyDayWorld> PrepareAsync(SuiteFixture fixture)
    {
        var admin = await E2EApi.SignInAsync(fixture, "admin", "Admin123!");
        var world = new CompanyDayWorld(admin, Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        await world.PrepareAsync();
        return world;
    }

    private async Task PrepareAsync()
    {
        var anna = await UserIdAsync("anna");
        var stages = await StagesAsync();
        // The company's standard: a web lead is called back within 15 minutes, a measurement follows "Замер", and the
        // price is calculated within 2 hours of "Согласование" (PRODUCT.md's day).
        await RuleAsync("Crm.Lead.Created", null, "Перезвонить в течение 15 минут: {{ lead.name }}", 15, "minutes");
        await RuleAsync("Crm.Deal.StageChanged", stages["Замер"], "Замер: {{ deal.title }}", 1, "workingDays");
        await RuleAsync("Crm.Deal.StageChanged", stages["Согласование"], "Рассчитать цену и позвонить клиенту: {{ deal.title }}", 2, "hours");

        WebFormId = await E2EApi.IdAsync(await admin.PostAsJsonAsync("/api/crm/web-forms", new
        {
            name = $"Заявка на замер {Token}",
            ownerId = anna,
            fields = new[]
            {
                new { name = "name", shown = true, required = true },
                new { name = "phone", shown = true, required = true },
                new { name = "companyName", shown = true, required = false },
                new { name = "comment", shown = true, required = false },
            },
        }));

        var warehouseId = await E2EApi.IdAsync(await admin.PostAsJsonAsync("/api/stock/warehouses", new { name = Warehouse }));
        var productId = await E2EApi.IdAsync(await admin.PostAsJsonAsync("/api/stock/products",
            new { sku = Sku, name = ProductName, unit = "шт", salePrice = WindowPrice, vatRate = 22m }));
        var receipt = await E2EApi.IdAsync(await admin.PostAsJsonAsync("/api/stock/documents", new
        {
            kind = "receipt",
            warehouseId,
            lines = new[] { new { productId, quantity = 3m, unitCost = WindowCost } },
        }));
        (await admin.PostAsJsonAsync($"/api/stock/documents/{receipt}/post", new { })).EnsureSuccessStatusCode();

        await E2EApi.IdAsync(await admin.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = BankAccountName, kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225",
            accountNumber = BankAccountNumber, correspondentAccount = "30101810400000000225",
        }));

        // Crm's catalog is Stock's, fed by its events: the deal line can name the window once it has arrived.
        await UntilAsync($"Crm's catalog has {Sku}", async () =>
            (await admin.GetFromJsonAsync<JsonElement>($"/api/crm/products?filter={Sku}")).GetProperty("items").GetArrayLength() == 1);
    }

    /// <summary>Finance drafts an invoice from its own copies of the deal and the client, which come over the bus.</summary>
    public Task FinanceKnowsTheDealAsync() =>
        UntilAsync("Finance has the deal's line and the client's tax id", async () =>
        {
            var deals = await admin.GetFromJsonAsync<JsonElement>($"/api/finance/deals?filter={Token}");
            var customers = await admin.GetFromJsonAsync<JsonElement>($"/api/finance/customers?filter={Token}");
            return deals.GetProperty("items").EnumerateArray().Any(d => d.GetProperty("lineCount").GetInt32() == 1)
                && customers.GetProperty("items").EnumerateArray().Any(c => c.TryGetProperty("taxId", out var t) && t.GetString() == ClientTaxId);
        });

    public async Task ForgetRulesAsync()
    {
        try
        {
            foreach (var rule in rules)
                await admin.DeleteAsync($"/api/tasks/rules/{rule}");
        }
        catch (HttpRequestException)
        {
            // The host is gone: the failure that took it says more than this clean-up can.
        }
        admin.Dispose();
    }

    /// <summary>
    /// Today's statement of our bank account in 1CClientBankExchange, windows-1251, as the bank exports it: the client
    /// pays the invoice by its number.
    /// </summary>
    public byte[] Statement(string invoiceNumber, decimal amount, DateOnly today)
    {
        var day = today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var sum = amount.ToString("0.00", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        void Line(string value) => text.Append(value).Append("\r\n");
        Line("1CClientBankExchange");
        Line("ВерсияФормата=1.03");
        Line("Кодировка=Windows");
        Line("Отправитель=Сбербанк Бизнес Онлайн");
        Line("Получатель=");
        Line($"ДатаСоздания={day}");
        Line("ВремяСоздания=18:00:00");
        Line($"ДатаНачала={day}");
        Line($"ДатаКонца={day}");
        Line($"РасчСчет={BankAccountNumber}");
        Line("Документ=Платежное поручение");
        Line("СекцияРасчСчет");
        Line($"ДатаНачала={day}");
        Line($"ДатаКонца={day}");
        Line($"РасчСчет={BankAccountNumber}");
        Line("НачальныйОстаток=0.00");
        Line($"ВсегоПоступило={sum}");
        Line("ВсегоСписано=0.00");
        Line($"КонечныйОстаток={sum}");
        Line("КонецРасчСчет");
        Line("СекцияДокумент=Платежное поручение");
        Line("Номер=" + Random.Shared.Next(100, 999));
        Line($"Дата={day}");
        Line($"Сумма={sum}");
        Line("ПлательщикСчет=40702810100000000101");
        Line($"Плательщик=ИНН {ClientTaxId} {ClientName}");
        Line($"ПлательщикИНН={ClientTaxId}");
        Line($"Плательщик1={ClientName}");
        Line("ПлательщикБИК=044525225");
        Line($"ПолучательСчет={BankAccountNumber}");
        Line("Получатель=ИНН 7707083893 ООО «Окна Плюс»");
        Line("ПолучательИНН=7707083893");
        Line("Получатель1=ООО «Окна Плюс»");
        Line("ВидОплаты=01");
        Line("Очередность=5");
        Line($"НазначениеПлатежа=Оплата по счёту № {invoiceNumber} за окна, в т.ч. НДС");
        Line($"ДатаПоступило={day}");
        Line("КонецДокумента");
        Line("КонецФайла");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251).GetBytes(text.ToString());
    }

    /// <summary>A figure as the screen shows it ("222 000,00 ₽", "−1 500,00 ₽") as a number.</summary>
    public static decimal Money(string text)
    {
        var kept = new string(text.Replace('−', '-').Where(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-').ToArray()).Replace(',', '.');
        return decimal.Parse(kept, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    public static async Task<decimal> MoneyOfAsync(ILocator locator)
    {
        await Assertions.Expect(locator).ToBeVisibleAsync();
        return Money(await locator.InnerTextAsync());
    }

    /// <summary>Reloads the page until what a person waits for is on it (another module hears of a change through the bus).</summary>
    public static async Task ReloadUntilAsync(IPage page, string what, Func<Task<bool>> shown)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            // A page fills its panels after its load event: look for a while before reloading, or a slow machine
            // reloads every page before its panels have come.
            var look = DateTime.UtcNow.AddSeconds(5);
            while (DateTime.UtcNow < look)
            {
                if (await shown()) return;
                await Task.Delay(250);
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not on the page in 90 s: {what} ({page.Url})");
            await page.ReloadAsync();
        }
    }

    private async Task RuleAsync(string trigger, Guid? stageId, string title, int dueIn, string dueUnit) =>
        rules.Add(await E2EApi.IdAsync(await admin.PostAsJsonAsync("/api/tasks/rules", new
        {
            name = $"{title[..Math.Min(20, title.Length)]} {Token}",
            isActive = true,
            trigger = new { @event = trigger, stageId },
            task = new { title, assignTo = "owner", dueIn, dueUnit, priority = "high" },
        })));

    private async Task<Guid> UserIdAsync(string userName)
    {
        var users = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users?filter={userName}&maxResultCount=100");
        return users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetGuid();
    }

    private async Task<Dictionary<string, Guid>> StagesAsync()
    {
        var pipelines = await admin.GetFromJsonAsync<JsonElement>("/api/crm/pipelines?maxResultCount=100");
        var pipeline = pipelines.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("isDefault").GetBoolean());
        return pipeline.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid());
    }

    private static async Task UntilAsync(string what, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, what);
            await Task.Delay(200);
        }
    }

    /// <summary>A valid 10-digit ИНН from 9 leading digits (its check digit), as Suite's own TaxId computes it.</summary>
    private static string TaxId(string nine)
    {
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var check = weights.Select((w, i) => w * (nine[i] - '0')).Sum() % 11 % 10;
        return nine + check;
    }
}
