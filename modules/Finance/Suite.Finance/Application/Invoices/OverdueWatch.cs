using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Events;
using Suite.Framework.Hosting;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Invoices;

/// <summary>
/// At start and then every <see cref="Interval"/>, publishes <c>Finance.Invoice.Overdue</c> once for each invoice still
/// awaiting payment after its due date (the company's day), marking it in the same save, so the event goes out once
/// even when two hosts look at the same time (the second save fails on the concurrency stamp and is dropped).
/// </summary>
internal sealed class OverdueWatch(IServiceScopeFactory scopes, OverdueWatchOptions options, ILogger<OverdueWatch> logger)
    : PeriodicWatch(options.Interval, logger)
{
    private const int BatchSize = 200;

    protected override string What => "The overdue invoice check";

    protected override Task LookAsync(CancellationToken cancellationToken) => NotifyAsync(cancellationToken);

    /// <summary>One round: every invoice that became overdue since the last one, in batches.</summary>
    public async Task NotifyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
            var today = clock.Today;
            var due = await db.Invoices.IgnoreAutoIncludes()
                .Where(i => (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid) && i.DueDate < today
                            && i.OverdueNotifiedAt == null)
                .OrderBy(i => i.DueDate).ThenBy(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
                return;
            var now = clock.UtcNow;
            foreach (var invoice in due)
            {
                invoice.MarkOverdueNotified(now);
                db.Publish(new InvoiceOverdueEto(invoice.Id, invoice.Number!, invoice.CompanyId, invoice.DealId, invoice.OwnerId,
                    invoice.Total, invoice.AmountDue, invoice.DueDate, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            if (due.Count < BatchSize)
                return;
        }
    }
}

/// <summary>How often the overdue check runs (<c>Finance:OverdueCheckInterval</c>, five minutes by default).</summary>
internal sealed record OverdueWatchOptions(TimeSpan Interval);
