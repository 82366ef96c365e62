namespace Suite.Tasks.Application.Reports;

/// <summary>The by-employee report: one row per person the user sees.</summary>
internal sealed record EmployeeReportDto(IReadOnlyList<EmployeeReportItemDto> Items);
