using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Finance.Application.Ledger;
using Suite.Finance.Application.Reports;
using Suite.Framework.Permissions;

namespace Suite.Finance.Http;

/// <summary>The ledger, the money reports with their workbooks, and the check of goods against Stock.</summary>
internal static class ReportEndpoints
{
    public static void MapFinanceReports(this IEndpointRouteBuilder endpoints)
    {
        var finance = endpoints.MapGroup("/api/finance").WithTags("Finance")
            .RequirePermission(FinancePermissions.Reports.Default)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        finance.MapGet("/ledger", (LedgerList ledger, [AsParameters] LedgerListRequest request, CancellationToken ct) => ledger.ListAsync(request, ct))
            .WithName("GetLedger");
        finance.MapGet("/checks/inventory", (InventoryCheck check, DateOnly? asOf, CancellationToken ct) => check.CheckAsync(asOf, ct))
            .WithName("CheckInventory");

        var reports = finance.MapGroup("/reports");
        reports.MapGet("/profit-and-loss", (ProfitAndLossReport report, [AsParameters] ReportPeriodRequest period, CancellationToken ct) =>
                report.BuildAsync(period, ct))
            .WithName("GetProfitAndLoss");
        reports.MapGet("/profit-and-loss/export", async Task<FileContentHttpResult> (ReportExports exports, [AsParameters] ReportPeriodRequest period,
                CancellationToken ct) => (await exports.ProfitAndLossAsync(period, ct)).ToDownload())
            .WithName("ExportProfitAndLoss");
        reports.MapGet("/cash-flow", (CashFlowReport report, [AsParameters] ReportPeriodRequest period, CancellationToken ct) =>
                report.BuildAsync(period, ct))
            .WithName("GetCashFlow");
        reports.MapGet("/cash-flow/export", async Task<FileContentHttpResult> (ReportExports exports, [AsParameters] ReportPeriodRequest period,
                CancellationToken ct) => (await exports.CashFlowAsync(period, ct)).ToDownload())
            .WithName("ExportCashFlow");
        reports.MapGet("/trial-balance", (TrialBalanceReport report, [AsParameters] ReportPeriodRequest period, CancellationToken ct) =>
                report.BuildAsync(period, ct))
            .WithName("GetTrialBalance");
        reports.MapGet("/trial-balance/export", async Task<FileContentHttpResult> (ReportExports exports, [AsParameters] ReportPeriodRequest period,
                CancellationToken ct) => (await exports.TrialBalanceAsync(period, ct)).ToDownload())
            .WithName("ExportTrialBalance");
    }
}
