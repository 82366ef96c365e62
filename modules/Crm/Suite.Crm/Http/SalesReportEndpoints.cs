using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.SalesPlans;
using Suite.Crm.Application.SalesReports;
using Suite.Framework.Errors;
using Suite.Framework.Exports;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

/// <summary>The sales money reports (from the sales facts) and plan vs fact; the deals' record rule applies to each.</summary>
internal static class SalesReportEndpoints
{
    public static void MapSalesReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/crm/reports").WithTags("Crm").WithValidation()
            .RequirePermission(CrmPermissions.Reports.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();

        reports.MapGet("/profit-by-channel", (ProfitByChannelReport report, [AsParameters] SalesReportPeriod period, CancellationToken ct) =>
                report.BuildAsync(period, ct))
            .WithName("GetProfitByChannelReport");
        reports.MapGet("/profit-by-channel/export", async Task<FileContentHttpResult> (SalesReportExports exports,
                    [AsParameters] SalesReportPeriod period, CancellationToken ct) => (await exports.ProfitByChannelAsync(period, ct)).ToDownload())
            .WithName("ExportProfitByChannelReport")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType);

        reports.MapGet("/products", (ProductSalesReport report, [AsParameters] ProductSalesRequest request, CancellationToken ct) =>
                report.BuildAsync(request, ct))
            .WithName("GetProductSalesReport");
        reports.MapGet("/products/export", async Task<FileContentHttpResult> (SalesReportExports exports,
                    [AsParameters] ProductSalesRequest request, CancellationToken ct) => (await exports.ProductsAsync(request, ct)).ToDownload())
            .WithName("ExportProductSalesReport")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType);

        reports.MapGet("/plan-vs-fact", (PlanVsFactReport report, [FromQuery(Name = "period")] string? period, CancellationToken ct) =>
                report.BuildAsync(period, ct))
            .WithName("GetPlanVsFactReport");
    }
}
