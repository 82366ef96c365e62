using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>Runs a test body in a fresh browser context and keeps a screenshot when it fails.</summary>
[Collection(SuiteCollection.Name)]
public abstract class BrowserTest(SuiteFixture fixture, ITestOutputHelper output)
{
    protected SuiteFixture Fixture { get; } = fixture;

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    protected async Task InBrowserAsync(string testName, Func<IPage, Task> body, BrowserNewContextOptions? options = null)
    {
        await using var context = await Fixture.NewContextAsync(options);
        var page = await context.NewPageAsync();
        try
        {
            await body(page);
        }
        catch
        {
            await KeepScreenshotAsync(page, testName);
            throw;
        }
    }

    protected static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByTestId("login-username").FillAsync(userName);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
    }

    private async Task KeepScreenshotAsync(IPage page, string testName)
    {
        try
        {
            var folder = ArtifactsFolder();
            var file = Path.Combine(folder, $"{testName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            output.WriteLine($"Screenshot of the failure: {file} (page {page.Url})");
        }
        catch (Exception e)
        {
            output.WriteLine($"Could not take a screenshot: {e.Message}");
        }
        var log = Fixture.Suite.Output;
        output.WriteLine("Last host output:\n" + (log.Length > 4000 ? log[^4000..] : log));
    }

    /// <summary>SUITE_E2E_ARTIFACTS, else TestResults/Suite.E2E/screenshots in the repository, else /tmp.</summary>
    private static string ArtifactsFolder()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("SUITE_E2E_ARTIFACTS"),
            Path.Combine(SuiteProcess.RepositoryRoot(), "TestResults", "Suite.E2E", "screenshots"),
            Path.Combine(Path.GetTempPath(), "suite-e2e-screenshots"),
        };
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            try
            {
                return Directory.CreateDirectory(candidate).FullName;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // try the next place
            }
        }
        return Path.GetTempPath();
    }
}
