using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>
/// A duplicate company card was merged into the one that stays: everything that pointed at
/// <see cref="MergedCompanyId"/> (deals, contacts, timeline, copies in other modules) now belongs to <see cref="CompanyId"/>,
/// and the duplicate card is gone.
/// </summary>
[EventName("Crm.Company.Merged")]
public sealed record CompanyMergedEto(Guid CompanyId, Guid MergedCompanyId, Guid? ChangedBy, DateTimeOffset ChangedAt);
