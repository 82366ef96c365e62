namespace Suite.Tasks.Application.Reports;

/// <summary>
/// One employee's task discipline in the period (see <see cref="ReportBuckets"/> for what each count holds);
/// <c>averageCompletionHours</c> is the mean time from creation to completion of the tasks done in the period, in
/// hours to one decimal, null when none was done.
/// </summary>
internal sealed record EmployeeReportItemDto(
    Guid UserId, string? UserName, int DoneOnTime, int DoneLate, int Open, int Overdue, double? AverageCompletionHours);
