using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shouldly;
using Suite.Crm.Events;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Host.Backups;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests.Backups;

/// <summary>
/// The backup drill: a day of data across every module, the host stopped with an event still unsent, `--backup`, then
/// `--restore` into an empty database and folder and a host started on it. The books, the stock value, the receivables,
/// every table's row count and the stored files come back the same; the unsent event is delivered once, and an event the
/// inbox had already taken in is dropped when it comes again.
/// </summary>
public abstract class BackupDrillTests(DatabaseProvider provider, string? rabbitMqUri)
{
    [Fact]
    public async Task Should_Restore_The_Same_Books_Rows_And_Files_Into_An_Empty_Database_And_Neither_Lose_Nor_Repeat_An_Event()
    {
        await using var sourceDb = await TestDatabase.CreateAsync(provider);
        await using var targetDb = await TestDatabase.CreateEmptyAsync(provider);
        var archive = Path.Combine(Path.GetTempPath(), $"suite-drill-{Guid.NewGuid():N}.zip");
        try
        {
            var (modules, day, before, unsent, processed) = await LiveTheDayAsync(sourceDb);

            var backup = await HostCommand.RunAsync(provider, sourceDb.ConnectionString, sourceDb.Folder, "--backup", archive);
            backup.ExitCode.ShouldBe(0, backup.Output);
            var refused = await HostCommand.RunAsync(provider, sourceDb.ConnectionString, sourceDb.Folder, "--restore", archive);
            refused.ExitCode.ShouldBe(1, refused.Output);
            refused.Output.ShouldContain("--force");
            var restore = await HostCommand.RunAsync(provider, targetDb.ConnectionString, targetDb.Folder, "--restore", archive);
            restore.ExitCode.ShouldBe(0, restore.Output);

            var sourceRows = await DatabaseContents.ReadAsync(Places(sourceDb, modules), CancellationToken.None);
            var targetRows = await DatabaseContents.ReadAsync(Places(targetDb, modules), CancellationToken.None);
            targetRows.DifferencesFrom(sourceRows.RowCounts).ShouldBeEmpty();
            Listed(targetRows.Migrations).ShouldBe(Listed(sourceRows.Migrations));
            sourceRows.RowCounts.Count(c => c.Value > 0).ShouldBeGreaterThan(20, "the day touched every module");
            if (provider == DatabaseProvider.Sqlite)
                FolderShouldBeTheSame(Path.Combine(sourceDb.Folder, "docs"), Path.Combine(targetDb.Folder, "docs"));

            var target = HostOn(targetDb);
            await target.InitializeAsync();
            try
            {
                var admin = await target.AdminAsync();
                var after = await DrillDay.FiguresAsync(admin, day.InvoicePdfId);
                after.TrialBalance.ShouldBe(before.TrialBalance);
                after.StockByProduct.ShouldBe(before.StockByProduct);
                after.Receivables.ShouldBe(before.Receivables);
                after.InvoicePdf.ShouldBe(before.InvoicePdf);

                // The event the stopped host never sent goes out now, once.
                await Eventually.Until(async () => (await admin.GetAsync($"/api/finance/customers/{unsent.CompanyId}")).IsSuccessStatusCode,
                    what: "Finance's copy of the company whose event was unsent at backup time");
                await Eventually.Until(async () => (await InboxAsync(target, "finance")).Count(m => m.Id == unsent.MessageId && m.ProcessedAt != null) == 1,
                    what: "the unsent event handled once");
                // An event handled before the backup, delivered again after the restore, is dropped by the restored inbox.
                var finance = target.Services.GetServices<IInboxWriter>().Single(w => w.Module == "finance");
                (await finance.WriteAsync(processed.Id, processed.EventName, processed.Payload, CancellationToken.None)).ShouldBeFalse();
                (await finance.WriteAsync(unsent.MessageId, "Crm.Company.Created", "{}", CancellationToken.None)).ShouldBeFalse();
                (await InboxAsync(target, "finance")).Count(m => m.Id == processed.Id).ShouldBe(1);
                (await admin.GetFromJsonAsync<JsonElement>($"/api/finance/customers?filter={day.Token}")).GetProperty("totalCount").GetInt32().ShouldBe(2);
                // The backup that was running at backup time is over in the restored installation: a new one can start.
                (await admin.PostAsync("/api/admin/backups", null)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
            }
            finally
            {
                await ((IAsyncLifetime)target).DisposeAsync();
            }
        }
        finally
        {
            File.Delete(archive);
        }
    }

    private async Task<(List<ModuleDatabase> Modules, DrillDay Day, Figures Before, (Guid CompanyId, Guid MessageId) Unsent, InboxMessage Processed)>
        LiveTheDayAsync(TestDatabase sourceDb)
    {
        var source = HostOn(sourceDb);
        await source.InitializeAsync();
        try
        {
            var modules = source.Services.GetServices<ModuleDbContextType>().Select(m => m.Module).ToList();
            // An admin made through the users API: every module has their copy before the day starts.
            var (admin, _) = await source.UserAsync("admin");
            var day = new DrillDay(admin);
            await day.LiveAsync();
            var before = await DrillDay.FiguresAsync(admin, day.InvoicePdfId);
            var processed = (await InboxAsync(source, "finance"))
                .Single(m => m.EventName == "Crm.Company.Created" && m.Payload.Contains(day.ClientId.ToString()) && m.ProcessedAt != null);

            // ... and in the middle of a backup of its own, which the restored installation must not wait for.
            (await source.Services.GetRequiredService<BackupRuns>().ClaimAsync(BackupTrigger.Manual, null, CancellationToken.None)).ShouldNotBeNull();
            // The host goes down with one event written but not yet sent (its senders stop first).
            foreach (var sender in source.Services.GetServices<IHostedService>().Where(s => s.GetType().Name.StartsWith("OutboxSender", StringComparison.Ordinal)))
                await sender.StopAsync(CancellationToken.None);
            var client = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/companies/{day.ClientId}");
            var companyId = Guid.NewGuid();
            await ModuleOutbox.PublishAsync(source, "crm", new CompanyCreatedEto(companyId, $"ООО «Неотправленное {day.Token}»", "7707083893", null, null,
                client.GetProperty("ownerId").GetGuid(), null, DateTimeOffset.UtcNow));
            var unsent = (await OutboxAsync(source, "crm")).Single(m => m.SentAt == null && m.Payload.Contains(companyId.ToString()));
            return (modules, day, before, (companyId, unsent.Id), processed);
        }
        finally
        {
            await ((IAsyncLifetime)source).DisposeAsync();
        }
    }

    private SuiteHost HostOn(TestDatabase database) =>
        new SuiteHost(provider, rabbitMqUri)
            .With("ConnectionStrings:Suite", provider == DatabaseProvider.PostgreSql ? database.ConnectionString : "")
            .With("Suite:DataPath", database.Folder);

    private BackupPlaces Places(TestDatabase database, List<ModuleDatabase> modules) =>
        new(new DatabaseSettings(provider, provider == DatabaseProvider.PostgreSql ? database.ConnectionString : $"Data Source={database.SqlitePath}"),
            Path.Combine(database.Folder, "keys"), Path.Combine(database.Folder, "docs"), modules);

    private static List<string> Listed(IReadOnlyDictionary<string, IReadOnlyList<string>> migrations) =>
        migrations.SelectMany(m => m.Value.Select(id => $"{m.Key}: {id}")).ToList();

    private static void FolderShouldBeTheSame(string expected, string actual)
    {
        var files = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order().ToList();
        files.ShouldNotBeEmpty("the invoice's PDF is a stored file");
        Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order().ShouldBe(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(actual, file)).ShouldBe(File.ReadAllBytes(Path.Combine(expected, file)), file);
    }

    private static async Task<List<InboxMessage>> InboxAsync(SuiteHost host, string module)
    {
        using var scope = host.Services.CreateScope();
        return await Context(host, scope, module).InboxMessages.AsNoTracking().ToListAsync();
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(SuiteHost host, string module)
    {
        using var scope = host.Services.CreateScope();
        return await Context(host, scope, module).OutboxMessages.AsNoTracking().ToListAsync();
    }

    private static IEventBusDbContext Context(SuiteHost host, IServiceScope scope, string module) =>
        (IEventBusDbContext)scope.ServiceProvider.GetRequiredService(
            host.Services.GetServices<ModuleDbContextType>().Single(m => m.Module.Module == module).ContextType);
}

public sealed class BackupDrillOverPostgreSqlAndRabbitMq() : BackupDrillTests(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq);

public sealed class BackupDrillEmbedded() : BackupDrillTests(DatabaseProvider.Sqlite, null);
