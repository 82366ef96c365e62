using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Companies;

namespace Suite.Stock.Http;

internal static class CompanyEndpoints
{
    /// <summary>The shipment's company picker: Stock's copy of Crm's companies, only the user's own for a sales manager.</summary>
    public static void MapCompanies(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/stock/companies").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .MapGet("", (CompanyService service, [AsParameters] PageRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Documents.Default)
            .WithName("GetStockCompanies")
            .ProducesValidationProblem();
    }
}
