using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Crm.Data;
using Suite.Crm.Domain.Imports;
using Suite.Framework.Imports;
using Suite.Framework.Permissions;

namespace Suite.Crm.Application.Imports;

/// <summary>
/// Runs started imports one at a time in the background, as the user who started them (their id and the
/// permissions they had then), writing progress after every batch so the page can poll it.
/// </summary>
internal sealed class ImportRunner(
    ImportQueue queue, IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<ImportRunner> logger)
    : BackgroundService
{
    private const int BatchSize = 200;

    /// <summary>Rows per transaction of <see cref="CompanyBatchImport"/>: one duplicate query and one COPY per table each.</summary>
    private const int BulkBatchSize = 5_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunQueueAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (also when the host fails to start): an ending, not an error to report with a stack trace.
        }
    }

    private async Task RunQueueAsync(CancellationToken stoppingToken)
    {
        await FailInterruptedAsync(stoppingToken);
        await foreach (var request in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(request, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Import {JobId} failed", request.JobId);
                await FinishAsync(request.JobId, job => job.Fail(e.Message, clock.GetUtcNow()), CancellationToken.None);
            }
            finally
            {
                http.HttpContext = null;
            }
        }
    }

    private async Task RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ImportJob job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == request.JobId, cancellationToken);
        }

        if (job.Status != ImportStatus.Running || job.Content is null)
            return;
        var culture = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(request.Culture) ? "ru" : request.Culture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            job.Permissions.Select(p => new Claim(PermissionClaim.Type, p)).Append(new Claim(ClaimTypes.NameIdentifier, job.UserId.ToString())),
            authenticationType: "import"));

        var table = ImportTable.Read(job.FileName, job.Content);
        var columns = job.Mapping.Select(p => (Index: IndexOf(table.Headers, p.Key), Field: p.Value)).Where(c => c.Index >= 0).ToList();
        int processed = 0, created = 0, updated = 0, skipped = 0;
        var bulk = CompanyBatchImport.Handles(job.Target, job.Duplicates);
        foreach (var batch in table.Rows.Chunk(bulk ? BulkBatchSize : BatchSize))
        {
            // Row numbers as the spreadsheet shows them: the header is row 1.
            var rows = batch.Select((cells, i) => (Row: processed + i + 2, Values: columns.ToDictionary(c => c.Field, c => cells[c.Index]))).ToList();
            var results = (bulk ? await WriteSetWiseAsync(job, principal, rows, cancellationToken) : null)
                          ?? await WriteBatchAsync(job, principal, rows, cancellationToken);
            processed += rows.Count;
            var errors = new List<ImportRowError>();
            foreach (var (row, _) in rows)
            {
                var (outcome, rowErrors) = results[row];
                errors.AddRange(rowErrors);
                switch (outcome)
                {
                    case RowOutcome.Created: created++; break;
                    case RowOutcome.Updated: updated++; break;
                    case RowOutcome.Skipped: skipped++; break;
                }
            }

            job.Progress(processed, created, updated, skipped, errors);
            await SaveProgressAsync(job, cancellationToken);
        }

        await FinishAsync(job.Id, j =>
        {
            j.Progress(processed, created, updated, skipped, []);
            j.Complete(clock.GetUtcNow());
        }, cancellationToken);
    }

    /// <summary>The batch set-wise in one transaction, or null when a unique index refused it and its rows go the row-by-row way.</summary>
    private async Task<Dictionary<int, (RowOutcome Outcome, List<ImportRowError> Errors)>?> WriteSetWiseAsync(
        ImportJob job, ClaimsPrincipal principal, List<(int Row, Dictionary<string, string> Values)> rows, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        http.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        var results = await scope.ServiceProvider.GetRequiredService<CompanyBatchImport>().WriteAsync(job.Duplicates, rows, cancellationToken);
        if (results is null)
            logger.LogInformation("Import {JobId}: a batch met a card saved meanwhile; writing its rows one by one", job.Id);
        return results;
    }

    /// <summary>
    /// Writes a batch in one transaction; when that fails (a row breaks a database rule the checks did not
    /// catch), the rows not yet saved are written again one by one, so only the bad row is refused.
    /// </summary>
    private async Task<Dictionary<int, (RowOutcome Outcome, List<ImportRowError> Errors)>> WriteBatchAsync(
        ImportJob job, ClaimsPrincipal principal, List<(int Row, Dictionary<string, string> Values)> rows, CancellationToken cancellationToken)
    {
        var results = new Dictionary<int, (RowOutcome, List<ImportRowError>)>();
        List<int>? redo = null;
        await using (var scope = scopes.CreateAsyncScope())
        {
            http.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
            var writer = scope.ServiceProvider.GetRequiredService<ImportRowWriter>();
            writer.Deferred = true;
            var next = 0;
            try
            {
                for (; next < rows.Count; next++)
                    results[rows[next].Row] = await writer.WriteAsync(job.Target, job.Duplicates, rows[next].Values, rows[next].Row, cancellationToken);
                await writer.FlushAsync(cancellationToken);
            }
            catch (ImportBatchFailedException e)
            {
                logger.LogInformation(e.InnerException, "Import {JobId}: a batch failed to save; writing its rows one by one", job.Id);
                redo = writer.PendingRows.Concat(rows.Skip(next).Select(r => r.Row)).ToList();
            }
        }

        if (redo is null)
            return results;
        await using (var scope = scopes.CreateAsyncScope())
        {
            http.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
            var writer = scope.ServiceProvider.GetRequiredService<ImportRowWriter>();
            foreach (var (row, values) in rows.Where(r => redo.Contains(r.Row)))
                results[row] = await writer.WriteAsync(job.Target, job.Duplicates, values, row, cancellationToken);
        }

        return results;
    }

    private async Task SaveProgressAsync(ImportJob job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        // Only the counters: loading the job would load the file again after every batch.
        await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Processed, job.Processed)
            .SetProperty(j => j.Created, job.Created)
            .SetProperty(j => j.Updated, job.Updated)
            .SetProperty(j => j.Skipped, job.Skipped)
            .SetProperty(j => j.ErrorCount, job.ErrorCount)
            .SetProperty(j => j.Errors, job.Errors), cancellationToken);
    }

    private async Task FinishAsync(Guid id, Action<ImportJob> finish, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return;
        finish(job);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An import that was running when the process stopped cannot resume half-way: say so instead of showing it running forever.</summary>
    private async Task FailInterruptedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var now = clock.GetUtcNow();
            foreach (var job in await db.ImportJobs.Where(j => j.Status == ImportStatus.Running).ToListAsync(cancellationToken))
                job.Fail("The server restarted during the import; rows up to the processed count were imported.", now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not mark interrupted imports as failed");
        }
    }

    private static int IndexOf(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++)
            if (headers[i] == header)
                return i;
        return -1;
    }
}
