using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Docs.Application.Mail;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;

namespace Suite.Docs.Http;

/// <summary>E-mailing documents to clients, and whether the mail server is set up.</summary>
internal static class MailEndpoints
{
    public const string DeliveryFailed = "Docs.Smtp.Failed";

    public static void MapDocumentMail(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/docs/documents/{id:guid}/send",
                async Task<Results<Ok<DocumentSentDto>, ProblemHttpResult>> (DocumentSendingService service, Guid id,
                    SendDocumentInput input, CancellationToken ct) =>
                {
                    try
                    {
                        return TypedResults.Ok(await service.SendAsync(id, input, ct));
                    }
                    catch (MailDeliveryException e)
                    {
                        // The server's own words, so the user (or their administrator) can tell a typo from a full mailbox.
                        return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway,
                            title: Text.Pick("Почтовый сервер не принял письмо.", "The mail server did not take the letter."),
                            detail: e.ServerAnswer,
                            extensions: new Dictionary<string, object?> { ["code"] = DeliveryFailed, ["serverAnswer"] = e.ServerAnswer });
                    }
                })
            .WithTags("Docs").WithName("SendDocument")
            .RequirePermission(DocsPermissions.Documents.Send)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        endpoints.MapGet("/api/docs/mail/status", (DocumentSendingService service) => service.Status())
            .WithTags("Docs").WithName("GetMailStatus")
            .RequirePermission(DocsPermissions.Documents.View)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
