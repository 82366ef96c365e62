using Suite.Crm.Data;
using Suite.Crm.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Suite.Crm.Application.SalesPlans;

internal sealed record SalesPlanSettingsDto(SalesPlanBasis Basis, string ConcurrencyStamp)
{
    internal static SalesPlanSettingsDto From(CrmSettings s) => new(s.SalesPlanBasis, s.ConcurrencyStamp);
}

internal sealed record SalesPlanSettingsInput
{
    /// <summary>wonDeals or paidInvoices; unchanged when missing.</summary>
    public SalesPlanBasis? Basis { get; init; }

    public string? ConcurrencyStamp { get; init; }
}

/// <summary>What the sales plans are measured against, kept in Crm's settings row (created with "won deals" on first read).</summary>
internal sealed class SalesPlanSettingsService(CrmDbContext db)
{
    public async Task<SalesPlanSettingsDto> GetAsync(CancellationToken cancellationToken) =>
        SalesPlanSettingsDto.From(await CurrentAsync(cancellationToken));

    public async Task<SalesPlanSettingsDto> UpdateAsync(SalesPlanSettingsInput input, CancellationToken cancellationToken)
    {
        var settings = await CurrentAsync(cancellationToken);
        if (db.Entry(settings).State != EntityState.Added)
            db.ExpectConcurrencyStamp(settings, input.ConcurrencyStamp);
        settings.Update(input.Basis ?? settings.SalesPlanBasis);
        await db.SaveChangesAsync(cancellationToken);
        return SalesPlanSettingsDto.From(settings);
    }

    /// <summary>The basis plan vs fact uses now.</summary>
    public async Task<SalesPlanBasis> BasisAsync(CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().Where(s => s.Id == CrmSettings.SingletonId).Select(s => (SalesPlanBasis?)s.SalesPlanBasis)
            .SingleOrDefaultAsync(cancellationToken) ?? SalesPlanBasis.WonDeals;

    private async Task<CrmSettings> CurrentAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.FindAsync([CrmSettings.SingletonId], cancellationToken);
        if (settings is not null)
            return settings;
        settings = new CrmSettings();
        db.Settings.Add(settings);
        return settings;
    }
}
