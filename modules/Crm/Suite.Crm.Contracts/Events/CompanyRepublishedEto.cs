using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>
/// A client company's whole current state, re-published once by a backfill so that a module which starts keeping a
/// copy later also has the companies that existed before it. Not a change: timelines ignore it; a copy applies it
/// like <see cref="CompanyUpdatedEto"/> unless it already holds a newer state.
/// </summary>
[EventName("Crm.Company.Republished")]
public sealed record CompanyRepublishedEto(
    Guid CompanyId, string Name, string? TaxId, string? Kpp, string? Address, Guid OwnerId, DateTimeOffset ChangedAt);
