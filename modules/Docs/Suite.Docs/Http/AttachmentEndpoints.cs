using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Docs.Application.Attachments;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Docs.Http;

/// <summary>Files on any card: upload (streamed, capped, typed by content), list, download, thumbnail, delete.</summary>
internal static class AttachmentEndpoints
{
    public static void MapAttachments(this IEndpointRouteBuilder endpoints)
    {
        var limits = endpoints.ServiceProvider.GetRequiredService<AttachmentLimits>();
        var attachments = endpoints.MapGroup("/api/docs/attachments").WithTags("Docs").WithValidation()
            .RequirePermission(DocsPermissions.Attachments.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        // The request is read section by section (no form binding, which would buffer it). The browser's own
        // antiforgery check (X-XSRF-TOKEN) covers this form post like every other one. The server accepts a body of
        // up to MaxFilesPerRequest files at the cap plus the form around them and refuses bigger ones before Docs
        // reads them; each file is cut off at the cap while it streams.
        attachments.MapPost("", async Task<Results<Created<IReadOnlyList<AttachmentDto>>, ProblemHttpResult>> (
                    AttachmentUpload upload, HttpRequest request, CancellationToken ct) =>
                {
                    try
                    {
                        return TypedResults.Created((string?)null, await upload.UploadAsync(request, ct));
                    }
                    catch (AttachmentTooLargeException e)
                    {
                        return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status413PayloadTooLarge,
                            title: AttachmentTooLargeException.Title,
                            extensions: new Dictionary<string, object?> { ["code"] = AttachmentTooLargeException.Code });
                    }
                })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxRequestBytes))
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithName("UploadAttachments")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        attachments.MapGet("", (AttachmentService service, [AsParameters] AttachmentListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .WithName("GetAttachments")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Always a download (Content-Disposition: attachment); nosniff comes with every response (the host's security headers).
        attachments.MapGet("/{id:guid}/file", async Task<FileStreamHttpResult> (AttachmentService service, Guid id, CancellationToken ct) =>
            {
                var file = await service.FileAsync(id, ct);
                return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
            })
            .WithName("GetAttachmentFile")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);

        attachments.MapGet("/{id:guid}/thumbnail", async Task<FileStreamHttpResult> (AttachmentService service, Guid id, CancellationToken ct) =>
            {
                var thumbnail = await service.ThumbnailAsync(id, ct);
                return TypedResults.Stream(thumbnail.Content, thumbnail.ContentType);
            })
            .WithName("GetAttachmentThumbnail")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);

        attachments.MapDelete("/{id:guid}", async Task<NoContent> (AttachmentService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteAttachment")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
