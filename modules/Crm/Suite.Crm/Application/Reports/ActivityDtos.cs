namespace Suite.Crm.Application.Reports;

/// <summary>
/// Calls, e-mails and meetings per manager per day, from the cards' timelines: who logged them, on the company-local
/// day they took place (a meeting on the day it starts).
/// </summary>
/// <param name="Days">The team's figures per day: every day of the period (of the filter, else from the first to the last activity).</param>
/// <param name="Managers">Each person who logged any, the most active first, with their days that have any.</param>
internal sealed record ActivityReportDto(ActivityCountsDto Total, IReadOnlyList<ActivityDayDto> Days, IReadOnlyList<ActivityManagerDto> Managers);

/// <param name="Emails">E-mails logged on the cards, and documents sent from them by e-mail.</param>
internal sealed record ActivityCountsDto(int Calls, int Emails, int Meetings);

internal sealed record ActivityDayDto(DateOnly Day, int Calls, int Emails, int Meetings);

/// <param name="Name">The person's full name from Crm's copy of people; null for one it does not know.</param>
internal sealed record ActivityManagerDto(Guid UserId, string? Name, ActivityCountsDto Total, IReadOnlyList<ActivityDayDto> Days);
