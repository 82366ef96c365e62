using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Settings;

namespace Suite.Finance.Application.Settings;

/// <summary>
/// The company's finance settings as operations read them: the defaults until an admin saves them. Read once per request
/// (or bus message): an operation checks the lock date before it takes its locks and again as it posts, and the second
/// check must not cost a query while the invoice series is locked.
/// </summary>
internal sealed class FinanceSettingsReader(FinanceDbContext db)
{
    private FinanceSettings? current;

    public async Task<FinanceSettings> CurrentAsync(CancellationToken cancellationToken) =>
        current ??= await db.FinanceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == FinanceSettings.SingletonId, cancellationToken)
                    ?? new FinanceSettings();

    public async Task<DateOnly?> LockDateAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).LockDate;
}
