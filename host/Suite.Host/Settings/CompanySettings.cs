using Suite.Framework.Domain;
using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>The company's own settings that every module depends on: one record.</summary>
public sealed class CompanySettings : AuditedEntity
{
    public static readonly Guid SingletonId = new("5e770000-0000-7000-8000-000000000001");

    public CompanySettings() => Id = SingletonId;

    /// <summary>The IANA id of the zone whose calendar days are "today", document dates and report periods.</summary>
    public string TimeZone { get; private set; } = CompanyTimeZone.DefaultId;

    public void Update(TimeZoneInfo timeZone) => TimeZone = timeZone.Id;
}
