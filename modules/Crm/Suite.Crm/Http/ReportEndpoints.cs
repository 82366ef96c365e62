using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Reports;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

/// <summary>The sales reports; every one takes the filters from, to (creation date), pipelineId, ownerId and sourceId.</summary>
internal static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/crm/reports").WithTags("Crm").WithValidation()
            .RequirePermission(CrmPermissions.Reports.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();

        reports.MapGet("/funnel", (ReportService service, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                service.FunnelAsync(filter, ct))
            .WithName("GetFunnelReport")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/velocity", (ReportService service, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                service.VelocityAsync(filter, ct))
            .WithName("GetVelocityReport");

        reports.MapGet("/forecast", (ReportService service, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                service.ForecastAsync(filter, ct))
            .WithName("GetForecastReport");

        reports.MapGet("/loss-reasons", (ReportService service, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                service.LossReasonsAsync(filter, ct))
            .WithName("GetLossReasonsReport");

        reports.MapGet("/sources", (ReportService service, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                service.SourcesAsync(filter, ct))
            .WithName("GetSourcesReport");

        reports.MapGet("/manager-ranking", (ReportService service, [AsParameters] ReportFilter filter, CancellationToken ct) =>
                service.ManagerRankingAsync(filter, ct))
            .WithName("GetManagerRankingReport");

        reports.MapGet("/next-steps", (NextStepReport report, [AsParameters] NextStepFilter filter, CancellationToken ct) =>
                report.GetAsync(filter, ct))
            .WithName("GetNextStepReport");
    }
}
