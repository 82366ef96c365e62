namespace Suite.Docs.Application.Mail;

/// <summary>The letter a user writes in the send dialog; the document's file is attached by the server.</summary>
internal sealed record SendDocumentInput(IReadOnlyList<string>? To, IReadOnlyList<string>? Cc, string? Subject, string? Message);

/// <summary>The moment the mail server accepted the letter.</summary>
internal sealed record DocumentSentDto(DateTimeOffset SentAt);

/// <summary>Whether documents can be e-mailed, and from which address (the send dialog explains the settings when not).</summary>
internal sealed record MailStatusDto(bool Configured, string? From);
