namespace Suite.Docs.Application.Mail;

/// <summary>The mail server could not be reached or refused the letter; <see cref="ServerAnswer"/> is what it said (or the network error).</summary>
internal sealed class MailDeliveryException(string serverAnswer, Exception inner) : Exception(serverAnswer, inner)
{
    public string ServerAnswer { get; } = serverAnswer;
}
