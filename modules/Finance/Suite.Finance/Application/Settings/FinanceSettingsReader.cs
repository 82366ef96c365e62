using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Settings;

namespace Suite.Finance.Application.Settings;

/// <summary>The company's finance settings as operations read them: the defaults until an admin saves them.</summary>
internal sealed class FinanceSettingsReader(FinanceDbContext db)
{
    public async Task<FinanceSettings> CurrentAsync(CancellationToken cancellationToken) =>
        await db.FinanceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == FinanceSettings.SingletonId, cancellationToken)
        ?? new FinanceSettings();

    public async Task<DateOnly?> LockDateAsync(CancellationToken cancellationToken) =>
        await db.FinanceSettings.Where(s => s.Id == FinanceSettings.SingletonId).Select(s => s.LockDate).SingleOrDefaultAsync(cancellationToken);
}
