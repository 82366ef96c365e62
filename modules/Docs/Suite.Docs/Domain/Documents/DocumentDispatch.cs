using Suite.Framework.Domain;

namespace Suite.Docs.Domain.Documents;

/// <summary>
/// A document e-mailed to a client: who it went to, under which subject, who sent it and when. Only what the mail
/// server accepted is recorded, so the list of dispatches is the list of letters that really left.
/// </summary>
public sealed class DocumentDispatch : Entity
{
    /// <summary>The version that was attached.</summary>
    public Guid DocumentId { get; private set; }

    /// <summary>The recipients' addresses, separated by ", " as a mail client shows them.</summary>
    public string To { get; private set; } = "";

    public string Cc { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public Guid? SentBy { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    private DocumentDispatch() { }

    public DocumentDispatch(Guid documentId, IEnumerable<string> to, IEnumerable<string> cc, string subject, Guid? sentBy,
        DateTimeOffset sentAt)
    {
        DocumentId = documentId;
        To = string.Join(", ", to);
        Cc = string.Join(", ", cc);
        Subject = subject;
        SentBy = sentBy;
        SentAt = sentAt;
    }
}
