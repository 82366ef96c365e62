namespace Suite.Docs.Application.Mail;

/// <summary>A letter carrying one document: the user's message as its text, the document's file attached.</summary>
internal sealed record DocumentLetter(
    IReadOnlyList<string> To, IReadOnlyList<string> Cc, string Subject, string Message, string FileName, string ContentType,
    byte[] Content);
