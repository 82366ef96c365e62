using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Dictionaries;
using Suite.Crm.Domain.Dictionaries;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class DictionaryEndpoints
{
    public static void MapSources(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapDictionary<SourceService, Source, SourceDto>("/api/crm/sources", "Source", "Sources", s => s.Id);

    public static void MapLossReasons(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapDictionary<LossReasonService, LossReason, LossReasonDto>("/api/crm/loss-reasons", "LossReason", "LossReasons", r => r.Id);

    /// <summary>The same CRUD routes for every name-only dictionary; operation ids are Get{plural}, Get{singular}, Create{singular} ….</summary>
    private static void MapDictionary<TService, TEntry, TDto>(this IEndpointRouteBuilder endpoints, string prefix,
        string singular, string plural, Func<TDto, Guid> idOf)
        where TService : DictionaryService<TEntry, TDto>
        where TEntry : DictionaryEntry
    {
        var group = endpoints.MapGroup(prefix).WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", (TService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Default)
            .WithName("Get" + plural)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", (TService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Default)
            .WithName("Get" + singular)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("", async Task<Created<TDto>> (TService service, DictionaryInput input, CancellationToken ct) =>
            {
                var entry = await service.CreateAsync(input, ct);
                return TypedResults.Created($"{prefix}/{idOf(entry)}", entry);
            })
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("Create" + singular)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}", (TService service, Guid id, DictionaryInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("Update" + singular)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}", async Task<NoContent> (TService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Dictionaries.Manage)
            .WithName("Delete" + singular)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
