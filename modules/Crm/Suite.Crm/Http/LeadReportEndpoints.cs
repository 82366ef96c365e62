using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Reports;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

/// <summary>
/// The leads' and activities' reports (lead response, new leads, deals by budget, calls and e-mails), each with its
/// XLSX workbook at <c>…/export</c>; the filters from, to, ownerId and sourceId as the sales reports take them.
/// </summary>
internal static class LeadReportEndpoints
{
    public static void MapLeadReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/crm/reports").WithTags("Crm").WithValidation()
            .RequirePermission(CrmPermissions.Reports.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();

        reports.MapGet("/lead-response", (LeadResponseReport report, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                report.BuildAsync(filter, ct))
            .WithName("GetLeadResponseReport");
        reports.MapGet("/lead-response/export", async Task<FileContentHttpResult> (LeadResponseExport export, [AsParameters] ReportFilter filter,
                CancellationToken ct) => (await export.WriteAsync(filter, ct)).ToDownload())
            .WithName("ExportLeadResponseReport");

        reports.MapGet("/new-leads", (NewLeadsReport report, [AsParameters] ReportFilter filter, [FromQuery] string? groupBy, CancellationToken ct) =>
                report.BuildAsync(filter, groupBy, ct))
            .WithName("GetNewLeadsReport");
        reports.MapGet("/new-leads/export", async Task<FileContentHttpResult> (NewLeadsExport export, [AsParameters] ReportFilter filter,
                [FromQuery] string? groupBy, CancellationToken ct) => (await export.WriteAsync(filter, groupBy, ct)).ToDownload())
            .WithName("ExportNewLeadsReport");

        reports.MapGet("/deal-segments", (DealSegmentsReport report, [AsParameters] ReportFilter filter, [FromQuery] string? bounds, CancellationToken ct) =>
                report.BuildAsync(filter, bounds, ct))
            .WithName("GetDealSegmentsReport")
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/deal-segments/export", async Task<FileContentHttpResult> (DealSegmentsExport export, [AsParameters] ReportFilter filter,
                [FromQuery] string? bounds, CancellationToken ct) => (await export.WriteAsync(filter, bounds, ct)).ToDownload())
            .WithName("ExportDealSegmentsReport")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/activities", (ActivityReport report, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                report.BuildAsync(filter, ct))
            .WithName("GetActivityReport");
        reports.MapGet("/activities/export", async Task<FileContentHttpResult> (ActivityExport export, [AsParameters] ReportFilter filter,
                CancellationToken ct) => (await export.WriteAsync(filter, ct)).ToDownload())
            .WithName("ExportActivityReport");
    }
}
