using MailKit;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Framework.Localization;

namespace Suite.Host.Notifications.Digest;

internal static class DigestEndpoints
{
    public const string DeliveryFailed = "Notifications.Digest.DeliveryFailed";

    /// <summary>The signed-in user's own subscription; nobody reads or sets another's.</summary>
    public static void MapDigest(this RouteGroupBuilder notifications)
    {
        notifications.MapGet("/digest", (DigestService service, CancellationToken ct) => service.GetAsync(ct))
            .WithName("GetDigestSubscription");

        notifications.MapPut("/digest", (DigestService service, DigestSubscriptionInput input, CancellationToken ct) => service.UpdateAsync(input, ct))
            .WithName("UpdateDigestSubscription")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        notifications.MapPost("/digest/send-now", async Task<Results<Ok<DigestSentDto>, ProblemHttpResult>> (DigestService service, CancellationToken ct) =>
            {
                try
                {
                    return TypedResults.Ok(await service.SendNowAsync(ct));
                }
                catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
                                              or System.Net.Sockets.SocketException or IOException or TimeoutException)
                {
                    // The server's own words, as Docs reports a refused letter, so an administrator can tell what is wrong.
                    return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway,
                        title: Text.Pick("Почтовый сервер не принял письмо.", "The mail server did not take the letter."), detail: e.Message,
                        extensions: new Dictionary<string, object?> { ["code"] = DeliveryFailed });
                }
            })
            .WithName("SendDigestNow")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
