using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Settings;

namespace Suite.Finance.Application.Settings;

internal sealed record FinanceSettingsDto(DateOnly? LockDate, string InvoicePrefix, int PaymentTermDays, string ConcurrencyStamp)
{
    internal static FinanceSettingsDto From(FinanceSettings s) => new(s.LockDate, s.InvoicePrefix, s.PaymentTermDays, s.ConcurrencyStamp);
}

internal sealed record FinanceSettingsInput
{
    public DateOnly? LockDate { get; init; }
    public string? InvoicePrefix { get; init; }
    public int? PaymentTermDays { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>Reads and saves the lock date, the invoice series' prefix and the default payment terms.</summary>
internal sealed class FinanceSettingsService(FinanceDbContext db)
{
    public async Task<FinanceSettingsDto> GetAsync(CancellationToken cancellationToken) =>
        FinanceSettingsDto.From(await db.FinanceSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new FinanceSettings());

    public async Task<FinanceSettingsDto> UpdateAsync(FinanceSettingsInput input, CancellationToken cancellationToken)
    {
        var settings = await db.FinanceSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
            db.FinanceSettings.Add(settings = new FinanceSettings());
        else
            db.ExpectConcurrencyStamp(settings, input.ConcurrencyStamp);
        settings.Update(input.LockDate, input.InvoicePrefix?.Trim() ?? settings.InvoicePrefix, input.PaymentTermDays ?? settings.PaymentTermDays);
        await db.SaveChangesAsync(cancellationToken);
        return FinanceSettingsDto.From(settings);
    }
}
