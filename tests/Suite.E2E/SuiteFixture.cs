using Microsoft.Playwright;

namespace Suite.E2E;

/// <summary>One host and one browser for all browser tests; each test opens its own browser context.</summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private SuiteProcess? suite;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public SuiteProcess Suite => suite ?? throw new InvalidOperationException("The host is not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        // Debian's Chromium is used as is: Playwright must never try to download its own browsers.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // A slow first page load on a small CI machine should not fail an expectation.
        Assertions.SetDefaultExpectTimeout(15_000);

        suite = await SuiteProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SUITE_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A desktop-sized context in Russian, or the given options (a phone, say) with the same address and language.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } };
        options.BaseURL = Suite.BaseUrl.ToString();
        options.Locale = "ru-RU";
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (suite is not null) await suite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "Suite in a browser";
}
