using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Deals;

namespace Suite.Stock.Http;

internal static class DealEndpoints
{
    /// <summary>The deal picker of reservations and shipments: Stock's copy of Crm's deals, only the user's own for a sales manager.</summary>
    public static void MapDeals(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/stock/deals").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .MapGet("", (DealService service, [AsParameters] StockDealListRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Reservations.Default)
            .WithName("GetStockDeals")
            .ProducesValidationProblem();
    }
}
