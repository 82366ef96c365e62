using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Dictionaries;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class DictionaryEndpoints
{
    public static void MapSources(this IEndpointRouteBuilder endpoints)
    {
        var sources = Group(endpoints, "/api/crm/sources");

        sources.MapGet("", (SourceService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Default)
            .WithName("GetSources")
            .ProducesValidationProblem();

        sources.MapGet("/{id:guid}", (SourceService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Default)
            .WithName("GetSource")
            .ProducesProblem(StatusCodes.Status404NotFound);

        sources.MapPost("", async Task<Created<SourceDto>> (SourceService service, DictionaryInput input, CancellationToken ct) =>
            {
                var source = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/sources/{source.Id}", source);
            })
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("CreateSource")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        sources.MapPut("/{id:guid}", (SourceService service, Guid id, DictionaryInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("UpdateSource")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sources.MapDelete("/{id:guid}", async Task<NoContent> (SourceService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("DeleteSource")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static void MapLossReasons(this IEndpointRouteBuilder endpoints)
    {
        var reasons = Group(endpoints, "/api/crm/loss-reasons");

        reasons.MapGet("", (LossReasonService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Default)
            .WithName("GetLossReasons")
            .ProducesValidationProblem();

        reasons.MapGet("/{id:guid}", (LossReasonService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Default)
            .WithName("GetLossReason")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reasons.MapPost("", async Task<Created<LossReasonDto>> (LossReasonService service, DictionaryInput input, CancellationToken ct) =>
            {
                var reason = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/loss-reasons/{reason.Id}", reason);
            })
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("CreateLossReason")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        reasons.MapPut("/{id:guid}", (LossReasonService service, Guid id, DictionaryInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("UpdateLossReason")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        reasons.MapDelete("/{id:guid}", async Task<NoContent> (LossReasonService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("DeleteLossReason")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static RouteGroupBuilder Group(IEndpointRouteBuilder endpoints, string prefix) =>
        endpoints.MapGroup(prefix).WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
