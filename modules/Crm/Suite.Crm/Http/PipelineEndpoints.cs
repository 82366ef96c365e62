using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Pipelines;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class PipelineEndpoints
{
    public static void MapPipelines(this IEndpointRouteBuilder endpoints)
    {
        var pipelines = endpoints.MapGroup("/api/crm/pipelines").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        pipelines.MapGet("", (PipelineService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Pipelines.Default)
            .WithName("GetPipelines")
            .ProducesValidationProblem();

        pipelines.MapGet("/{id:guid}", (PipelineService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Pipelines.Default)
            .WithName("GetPipeline")
            .ProducesProblem(StatusCodes.Status404NotFound);

        pipelines.MapPost("", async Task<Created<PipelineDto>> (PipelineService service, PipelineInput input, CancellationToken ct) =>
            {
                var pipeline = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/pipelines/{pipeline.Id}", pipeline);
            })
            .RequirePermission(CrmPermissions.Pipelines.Manage)
            .WithName("CreatePipeline")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        pipelines.MapPut("/{id:guid}", (PipelineService service, Guid id, PipelineInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Pipelines.Manage)
            .WithName("UpdatePipeline")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        pipelines.MapDelete("/{id:guid}", async Task<NoContent> (PipelineService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Pipelines.Manage)
            .WithName("DeletePipeline")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
