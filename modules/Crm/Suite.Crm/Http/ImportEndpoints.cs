using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Imports;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class ImportEndpoints
{
    public static void MapImports(this IEndpointRouteBuilder endpoints)
    {
        var imports = endpoints.MapGroup("/api/crm/imports").WithTags("Crm").WithValidation()
            .RequirePermission(CrmPermissions.Imports.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        // The browser's own antiforgery check (X-XSRF-TOKEN) covers this form post like every other one.
        imports.MapPost("", async Task<Created<ImportPreviewDto>> (ImportService service, [FromQuery(Name = "target")] string? target,
                IFormFile? file, CancellationToken ct) =>
            {
                var preview = await service.UploadAsync(target, file, ct);
                return TypedResults.Created($"/api/crm/imports/{preview.Id}", preview);
            })
            .DisableAntiforgery()
            // The file may be up to MaxFileBytes: the server's default body cap (30,000,000 bytes) would refuse it first.
            .WithMetadata(new RequestSizeLimitAttribute(ImportService.MaxFileBytes + ImportService.FormOverheadBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadImport")
            .ProducesValidationProblem();

        imports.MapPost("/{id:guid}/run", async Task<Accepted<ImportJobDto>> (ImportService service, Guid id, ImportRunInput input, CancellationToken ct) =>
            {
                var job = await service.StartAsync(id, input, ct);
                return TypedResults.Accepted($"/api/crm/imports/{id}", job);
            })
            .WithName("RunImport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        imports.MapGet("/{id:guid}", (ImportService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetImport")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
