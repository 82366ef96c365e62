using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Duplicates;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class DuplicateEndpoints
{
    public static void MapDuplicates(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/crm/duplicates", async (DuplicateFinder finder, [AsParameters] DuplicateRequest request, CancellationToken ct) =>
            {
                var kind = request.Kind?.Trim().ToLowerInvariant();
                if (kind is not (null or "" or DuplicateKinds.Company or DuplicateKinds.Contact))
                    throw InputValidationException.For("kind", Text.Pick("Укажите company или contact.", "Use company or contact."));
                var matches = await finder.FindAsync(new DuplicateQuery(request.TaxId, request.Phone ?? [], request.Email ?? [],
                    request.ExcludeId, kind is null or "" or DuplicateKinds.Company, kind is null or "" or DuplicateKinds.Contact), ct);
                return new DuplicateListDto(matches.Select(DuplicateDto.From).ToList());
            })
            .WithTags("Crm")
            .RequirePermission(CrmPermissions.Companies.Default)
            .WithName("FindDuplicates")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
