using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Docs.Application.Templates;
using Suite.Docs.Templates;
using Suite.Framework.Errors;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;

namespace Suite.Docs.Http;

/// <summary>Templates: read by whoever makes documents, written by those who manage templates; the field list and the live preview.</summary>
internal static class TemplateEndpoints
{
    public static void MapTemplates(this IEndpointRouteBuilder endpoints)
    {
        var templates = endpoints.MapGroup("/api/docs/templates").WithTags("Docs").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        templates.MapGet("", (TemplateService service, [AsParameters] TemplateListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(DocsPermissions.Documents.Generate)
            .WithName("GetTemplates")
            .ProducesValidationProblem();
        templates.MapGet("/fields", () => TemplateFields.All.Select(f => new TemplateFieldDto(f.Name, Text.Pick(f.DescriptionRu, f.DescriptionEn), f.Example)))
            .RequirePermission(DocsPermissions.Documents.Generate)
            .WithName("GetTemplateFields");
        templates.MapGet("/{id:guid}", (TemplateService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(DocsPermissions.Documents.Generate)
            .WithName("GetTemplate")
            .ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPost("", async Task<Created<TemplateDto>> (TemplateService service, TemplateInput input, CancellationToken ct) =>
            {
                var template = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/docs/templates/{template.Id}", template);
            })
            .RequirePermission(DocsPermissions.Templates.Manage)
            .WithName("CreateTemplate")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        templates.MapPut("/{id:guid}", (TemplateService service, Guid id, TemplateInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(DocsPermissions.Templates.Manage)
            .WithName("UpdateTemplate")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        templates.MapDelete("/{id:guid}", async Task<NoContent> (TemplateService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(DocsPermissions.Templates.Manage)
            .WithName("DeleteTemplate")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        // A preview is shown in the page (inline), not saved; nosniff comes with every response.
        templates.MapPost("/preview", async Task<FileContentHttpResult> (TemplateService service, TemplatePreviewInput input, CancellationToken ct) =>
            {
                var file = await service.PreviewAsync(input, ct);
                return TypedResults.File(file.Content, file.ContentType);
            })
            .RequirePermission(DocsPermissions.Documents.Generate)
            .WithName("PreviewTemplate")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

/// <summary>A merge field as the editor lists it: its path, what it is, and an example value.</summary>
internal sealed record TemplateFieldDto(string Path, string Description, string Example);
