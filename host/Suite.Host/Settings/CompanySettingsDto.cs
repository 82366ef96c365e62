namespace Suite.Host.Settings;

/// <summary>The company settings as the API shows them.</summary>
internal sealed record CompanySettingsDto(string TimeZone, string ConcurrencyStamp)
{
    internal static CompanySettingsDto From(CompanySettings s) => new(s.TimeZone, s.ConcurrencyStamp);
}

internal sealed record CompanySettingsInput
{
    /// <summary>An IANA time zone id, e.g. "Europe/Moscow" or "Asia/Yekaterinburg".</summary>
    public string? TimeZone { get; init; }

    public string? ConcurrencyStamp { get; init; }
}
