using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Documents;

namespace Suite.Stock.Http;

internal static class DocumentEndpoints
{
    public static void MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/stock/documents").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        documents.MapGet("", (DocumentService service, [AsParameters] DocumentListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Documents.Default)
            .WithName("GetStockDocuments")
            .ProducesValidationProblem();

        documents.MapGet("/{id:guid}", (DocumentService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(StockPermissions.Documents.Default)
            .WithName("GetStockDocument")
            .ProducesProblem(StatusCodes.Status404NotFound);

        documents.MapPost("", async Task<Created<DocumentDto>> (DocumentService service, DocumentInput input, CancellationToken ct) =>
            {
                var document = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/stock/documents/{document.Id}", document);
            })
            .RequirePermission(StockPermissions.Documents.Edit)
            .WithName("CreateStockDocument")
            .ProducesValidationProblem();

        documents.MapPut("/{id:guid}", (DocumentService service, Guid id, DocumentInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(StockPermissions.Documents.Edit)
            .WithName("UpdateStockDocument")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        documents.MapDelete("/{id:guid}", async Task<NoContent> (DocumentService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(StockPermissions.Documents.Edit)
            .WithName("DeleteStockDocument")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        documents.MapPost("/{id:guid}/post", (DocumentPosting posting, Guid id, CancellationToken ct) => posting.PostAsync(id, ct))
            .RequirePermission(StockPermissions.Documents.Post)
            .WithName("PostStockDocument")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        documents.MapPost("/{id:guid}/cancel", (DocumentPosting posting, Guid id, CancellationToken ct) => posting.CancelAsync(id, ct))
            .RequirePermission(StockPermissions.Documents.Post)
            .WithName("CancelStockDocument")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
