using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.Finance.Application.Receivables;
using Suite.Framework.Errors;
using Suite.Framework.Exports;
using Suite.Framework.Permissions;

namespace Suite.Finance.Http;

internal static class ReceivablesEndpoints
{
    public static void MapReceivables(this IEndpointRouteBuilder endpoints)
    {
        var receivables = endpoints.MapGroup("/api/finance/receivables").WithTags("Finance").WithValidation()
            .RequirePermission(FinancePermissions.Reports.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        receivables.MapGet("/aging", (ReceivablesService service, [FromQuery(Name = "asOf")] DateOnly? asOf, CancellationToken ct) =>
                service.AgingAsync(asOf, ct))
            .WithName("GetReceivablesAging");
        receivables.MapGet("/aging/export", async Task<FileContentHttpResult> (ReceivablesWorkbook workbook,
                    [FromQuery(Name = "asOf")] DateOnly? asOf, CancellationToken ct) =>
                (await workbook.AgingAsync(asOf, ct)).ToDownload())
            .WithName("ExportReceivablesAging")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType);
        receivables.MapGet("/aging/{companyId:guid}", (ReceivablesService service, Guid companyId,
                    [FromQuery(Name = "asOf")] DateOnly? asOf, CancellationToken ct) => service.AgingOfAsync(companyId, asOf, ct))
            .WithName("GetReceivablesAgingOfCompany")
            .ProducesProblem(StatusCodes.Status404NotFound);
        receivables.MapGet("/reconciliation", (ReceivablesService service, [AsParameters] ReconciliationRequest request, CancellationToken ct) =>
                service.ReconciliationAsync(request, ct))
            .WithName("GetReconciliationStatement")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        receivables.MapGet("/reconciliation/export", async Task<FileContentHttpResult> (ReceivablesWorkbook workbook,
                    [AsParameters] ReconciliationRequest request, CancellationToken ct) =>
                (await workbook.ReconciliationAsync(request, ct)).ToDownload())
            .WithName("ExportReconciliationStatement")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
