using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Products;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class ProductEndpoints
{
    public static void MapProducts(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/crm/products", (ProductService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .WithTags("Crm")
            .RequirePermission(CrmPermissions.Deals.Default)
            .WithName("GetCrmProducts")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
