using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>Reads and changes the company settings; the record is created with the defaults on first read.</summary>
internal sealed class CompanySettingsService(SettingsDbContext db, CompanyTimeZone companyTimeZone)
{
    public async Task<CompanySettingsDto> GetAsync(CancellationToken cancellationToken) =>
        CompanySettingsDto.From(await CurrentAsync(cancellationToken));

    public async Task<CompanySettingsDto> UpdateAsync(CompanySettingsInput input, CancellationToken cancellationToken)
    {
        var settings = await CurrentAsync(cancellationToken);
        if (db.Entry(settings).State != EntityState.Added)
            db.ExpectConcurrencyStamp(settings, input.ConcurrencyStamp);
        var zone = input.TimeZone is null
            ? CompanyTimeZone.Find(settings.TimeZone)!
            : CompanyTimeZone.Find(input.TimeZone.Trim()) ?? throw InputValidationException.For("timeZone", Text.Pick(
                $"Часовой пояс «{input.TimeZone}» неизвестен: укажите его по базе IANA, например Europe/Moscow.",
                $"The time zone '{input.TimeZone}' is unknown: use an IANA id such as Europe/Moscow."));
        settings.Update(zone);
        await db.SaveChangesAsync(cancellationToken);
        // This instance switches at once; the others pick it up with their next refresh (CompanySettingsRefresh).
        companyTimeZone.Use(zone);
        return CompanySettingsDto.From(settings);
    }

    /// <summary>The zone stored in the settings, or the default one before anyone saved them.</summary>
    public async Task<TimeZoneInfo> StoredTimeZoneAsync(CancellationToken cancellationToken)
    {
        var id = await db.Company.AsNoTracking().Where(s => s.Id == CompanySettings.SingletonId).Select(s => s.TimeZone)
            .SingleOrDefaultAsync(cancellationToken);
        return CompanyTimeZone.Find(id ?? CompanyTimeZone.DefaultId) ?? TimeZoneInfo.Utc;
    }

    private async Task<CompanySettings> CurrentAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Company.FindAsync([CompanySettings.SingletonId], cancellationToken);
        if (settings is not null)
            return settings;
        settings = new CompanySettings();
        db.Company.Add(settings);
        return settings;
    }
}
