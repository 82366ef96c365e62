using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Tasks.Application.Reports;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Tasks.Http;

/// <summary>
/// Task discipline per employee and period (<c>from</c>, <c>to</c>: company-local days, inclusive, either may be
/// missing). <c>doneOnTime</c> and <c>doneLate</c> count the tasks completed within the period, on time when completed
/// at or before the original due time (the first due time the task had, so a postponed task done after it is late; a
/// task without a due time is on time); <c>open</c> the tasks open now that were created by the period's end;
/// <c>overdue</c> those open ones whose due time has passed now; <c>averageCompletionHours</c> the mean hours from
/// creation to completion over the tasks completed within the period (one decimal; null when none). Rows: the user and
/// everyone under them in the supervisor chain, at any depth; everyone for Tasks.ViewAll (a director). The drill-down
/// lists exactly the tasks of one count; an employee outside the user's view is 404.
/// </summary>
internal static class ReportEndpoints
{
    public static void MapTaskReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/tasks/reports").WithTags("Tasks").WithValidation()
            .RequirePermission(TasksPermissions.Reports.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();

        reports.MapGet("/by-employee", (EmployeeReportService service, [AsParameters] EmployeeReportRequest request, CancellationToken ct) =>
                service.ByEmployeeAsync(request, ct))
            .WithName("GetTasksByEmployeeReport");

        // The tasks behind one count (bucket: doneOnTime, doneLate, open, overdue), paged.
        reports.MapGet("/by-employee/{userId:guid}/tasks", (EmployeeReportService service, Guid userId,
                    [AsParameters] EmployeeTasksRequest request, CancellationToken ct) =>
                service.TasksAsync(userId, request, ct))
            .WithName("GetTasksByEmployeeReportTasks")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
