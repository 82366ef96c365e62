using Suite.Crm.Domain.Leads;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// How fast leads that arrived in the period were first acted on by a person (<see cref="LeadActions"/>), in
/// wall-clock minutes: for all of them, per owner and per source, and the leads nobody has touched yet.
/// </summary>
/// <param name="Untouched">The untouched leads, the longest waiting first; at most <see cref="LeadResponseReport.UntouchedShown"/>.</param>
internal sealed record LeadResponseReportDto(
    LeadResponseRowDto Total,
    IReadOnlyList<LeadResponseRowDto> ByOwner,
    IReadOnlyList<LeadResponseRowDto> BySource,
    IReadOnlyList<UntouchedLeadDto> Untouched);

/// <param name="Id">The owner's id in <c>byOwner</c>; the source's in <c>bySource</c> (null: leads without a source); null in <c>total</c>.</param>
/// <param name="Name">The owner's full name or the source's name; null when unknown or for the total.</param>
/// <param name="Leads">Leads that arrived in the period.</param>
/// <param name="Answered">Of them, those a person has acted on.</param>
/// <param name="Untouched">Leads − answered.</param>
/// <param name="MedianMinutes">The median minutes to the first action over the answered leads, to 0.1; null without any.</param>
/// <param name="AverageMinutes">The average of the same, to 0.1.</param>
/// <param name="AnsweredWithin15Minutes">Leads first acted on within 15 minutes of arrival (15:00 included).</param>
/// <param name="ShareWithin15Minutes">That count ÷ all leads (untouched ones count as not answered in time), 0..1; null without leads.</param>
internal sealed record LeadResponseRowDto(
    Guid? Id,
    string? Name,
    int Leads,
    int Answered,
    int Untouched,
    double? MedianMinutes,
    double? AverageMinutes,
    int AnsweredWithin15Minutes,
    double? ShareWithin15Minutes);

/// <param name="WaitingMinutes">Wall-clock minutes since the lead arrived, to 0.1.</param>
internal sealed record UntouchedLeadDto(
    Guid LeadId,
    string Title,
    string? Name,
    LeadStatus Status,
    Guid OwnerId,
    string? OwnerName,
    Guid? SourceId,
    string? SourceName,
    DateTimeOffset CreatedAt,
    double WaitingMinutes);
