using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Docs.Application.Documents;
using Suite.Docs.Application.Generating;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Docs.Http;

/// <summary>Generated documents of a record and their files.</summary>
internal static class DocumentEndpoints
{
    public static void MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/docs/documents").WithTags("Docs").WithValidation()
            .RequirePermission(DocsPermissions.Documents.View)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        documents.MapGet("", (DocumentService service, [AsParameters] GeneratedDocumentListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .WithName("GetDocuments")
            .ProducesValidationProblem();
        // An attachment (the browser saves it); nosniff comes with every response (the host's security headers).
        documents.MapGet("/{id:guid}/file", async Task<FileContentHttpResult> (DocumentService service, Guid id, CancellationToken ct) =>
            {
                var file = await service.FileAsync(id, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("GetDocumentFile")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapPost("", async Task<Created<GeneratedDocumentDto>> (DocumentGenerator generator, GenerateDocumentInput input, CancellationToken ct) =>
            {
                var document = await generator.GenerateAsync(input, ct);
                return TypedResults.Created($"/api/docs/documents/{document.Id}", document);
            })
            .RequirePermission(DocsPermissions.Documents.Generate)
            .WithName("GenerateDocument")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        documents.MapPost("/{id:guid}/regenerate", async Task<Created<GeneratedDocumentDto>> (DocumentGenerator generator, Guid id, CancellationToken ct) =>
            {
                var document = await generator.RegenerateAsync(id, ct);
                return TypedResults.Created($"/api/docs/documents/{document.Id}", document);
            })
            .RequirePermission(DocsPermissions.Documents.Generate)
            .WithName("RegenerateDocument")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
