using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Balances;
using Suite.Stock.Application.Settings;

namespace Suite.Stock.Http;

internal static class BalanceEndpoints
{
    public static void MapBalances(this IEndpointRouteBuilder endpoints)
    {
        var stock = endpoints.MapGroup("/api/stock").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        stock.MapGet("/balances", (BalanceService service, [AsParameters] BalanceListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Balances.Default)
            .WithName("GetStockBalances")
            .ProducesValidationProblem();

        stock.MapGet("/balances/summary", (StockSummaryService service, CancellationToken ct) => service.GetAsync(ct))
            .RequirePermission(StockPermissions.Balances.Default)
            .WithName("GetStockSummary");

        stock.MapGet("/moves", (MoveService service, [AsParameters] MoveListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Balances.Default)
            .WithName("GetStockMoves")
            .ProducesValidationProblem();

        stock.MapGet("/settings", (StockSettingsService service, CancellationToken ct) => service.GetAsync(ct))
            .RequirePermission(StockPermissions.Products.Default)
            .WithName("GetStockSettings");

        stock.MapPut("/settings", (StockSettingsService service, StockSettingsInput input, CancellationToken ct) =>
                service.UpdateAsync(input, ct))
            .RequirePermission(StockPermissions.Settings.Manage)
            .WithName("UpdateStockSettings")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
