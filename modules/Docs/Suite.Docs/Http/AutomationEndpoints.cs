using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Docs.Application.Automations;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Docs.Http;

/// <summary>"When a deal enters stage S, make template T": managed with the templates.</summary>
internal static class AutomationEndpoints
{
    public static void MapDocumentAutomations(this IEndpointRouteBuilder endpoints)
    {
        var automations = endpoints.MapGroup("/api/docs/automations").WithTags("Docs").WithValidation()
            .RequirePermission(DocsPermissions.Templates.Manage)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        automations.MapGet("", (DocumentAutomationService service, CancellationToken ct) => service.ListAsync(ct))
            .WithName("GetDocumentAutomations");
        automations.MapPost("", async Task<Created<DocumentAutomationDto>> (DocumentAutomationService service, DocumentAutomationInput input,
                CancellationToken ct) =>
            {
                var automation = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/docs/automations/{automation.Id}", automation);
            })
            .WithName("CreateDocumentAutomation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        automations.MapPut("/{id:guid}", (DocumentAutomationService service, Guid id, DocumentAutomationInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .WithName("UpdateDocumentAutomation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        automations.MapDelete("/{id:guid}", async Task<NoContent> (DocumentAutomationService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteDocumentAutomation")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
