using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Warehouses;

namespace Suite.Stock.Http;

internal static class WarehouseEndpoints
{
    public static void MapWarehouses(this IEndpointRouteBuilder endpoints)
    {
        var warehouses = endpoints.MapGroup("/api/stock/warehouses").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        warehouses.MapGet("", (WarehouseService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Warehouses.Default)
            .WithName("GetWarehouses")
            .ProducesValidationProblem();

        warehouses.MapGet("/{id:guid}", (WarehouseService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(StockPermissions.Warehouses.Default)
            .WithName("GetWarehouse")
            .ProducesProblem(StatusCodes.Status404NotFound);

        warehouses.MapPost("", async Task<Created<WarehouseDto>> (WarehouseService service, WarehouseInput input, CancellationToken ct) =>
            {
                var warehouse = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/stock/warehouses/{warehouse.Id}", warehouse);
            })
            .RequirePermission(StockPermissions.Warehouses.Manage)
            .WithName("CreateWarehouse")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        warehouses.MapPut("/{id:guid}", (WarehouseService service, Guid id, WarehouseInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(StockPermissions.Warehouses.Manage)
            .WithName("UpdateWarehouse")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        warehouses.MapDelete("/{id:guid}", async Task<NoContent> (WarehouseService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(StockPermissions.Warehouses.Manage)
            .WithName("DeleteWarehouse")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
