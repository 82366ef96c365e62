using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Products;

namespace Suite.Stock.Http;

internal static class ProductEndpoints
{
    public static void MapProducts(this IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/api/stock/products").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        products.MapGet("", (ProductService service, [AsParameters] ProductListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Products.Default)
            .WithName("GetStockProducts")
            .ProducesValidationProblem();

        products.MapGet("/categories", (ProductService service, CancellationToken ct) => service.CategoriesAsync(ct))
            .RequirePermission(StockPermissions.Products.Default)
            .WithName("GetStockProductCategories");

        products.MapGet("/by-code/{code}", (ProductService service, string code, CancellationToken ct) =>
                service.FindByCodeAsync(code, ct))
            .RequirePermission(StockPermissions.Products.Default)
            .WithName("FindStockProductByCode")
            .ProducesProblem(StatusCodes.Status404NotFound);

        products.MapGet("/{id:guid}", (ProductService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(StockPermissions.Products.Default)
            .WithName("GetStockProduct")
            .ProducesProblem(StatusCodes.Status404NotFound);

        products.MapPost("", async Task<Created<StockProductDto>> (ProductService service, ProductInput input, CancellationToken ct) =>
            {
                var product = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/stock/products/{product.Id}", product);
            })
            .RequirePermission(StockPermissions.Products.Manage)
            .WithName("CreateStockProduct")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        products.MapPut("/{id:guid}", (ProductService service, Guid id, ProductInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(StockPermissions.Products.Manage)
            .WithName("UpdateStockProduct")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        products.MapDelete("/{id:guid}", async Task<NoContent> (ProductService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(StockPermissions.Products.Manage)
            .WithName("DeleteStockProduct")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
