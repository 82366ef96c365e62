using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.People;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class OwnerEndpoints
{
    public static void MapOwners(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/crm/owners", (Owners service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .WithTags("Crm")
            .RequirePermission(CrmPermissions.Companies.Default)
            .WithName("GetCrmOwners")
            .WithSummary("Active users records may be given to (sales managers and directors), searched by full name, user name or e-mail.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
