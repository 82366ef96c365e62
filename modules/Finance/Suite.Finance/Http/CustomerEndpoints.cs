using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Finance.Application.Customers;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Finance.Http;

internal static class CustomerEndpoints
{
    public static void MapCustomers(this IEndpointRouteBuilder endpoints)
    {
        var customers = endpoints.MapGroup("/api/finance/customers").WithTags("Finance")
            .RequirePermission(FinancePermissions.Customers.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        customers.MapGet("", (CustomerService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .WithName("GetCustomers")
            .ProducesValidationProblem();

        customers.MapGet("/{id:guid}", (CustomerService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetCustomer")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
