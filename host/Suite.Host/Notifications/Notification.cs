using Suite.Framework.Domain;

namespace Suite.Host.Notifications;

/// <summary>
/// One thing one user hears of. <see cref="SourceKey"/> names what caused it (a task's due time, a comment), unique per
/// recipient and kind, so an event that arrives again (a replay, a backfill) never notifies twice.
/// </summary>
public sealed class Notification : Entity
{
    public const int TitleMaxLength = 300;
    public const int BodyMaxLength = 1000;

    private Notification()
    {
        Kind = null!;
        Title = null!;
        SourceKey = null!;
    }

    public Notification(Guid recipientId, string kind, string title, string? body, string? entityType, Guid? entityId,
        string sourceKey, bool inApp, DateTimeOffset createdAt) : this()
    {
        RecipientId = recipientId;
        Kind = kind;
        Title = Shorten(title, TitleMaxLength)!;
        Body = Shorten(body, BodyMaxLength);
        EntityType = entityType;
        EntityId = entityId;
        SourceKey = sourceKey;
        InApp = inApp;
        CreatedAt = createdAt;
    }

    public Guid RecipientId { get; private set; }
    public string Kind { get; private set; }
    public string Title { get; private set; }
    public string? Body { get; private set; }

    /// <summary>The card it is about ("task", "deal", "lead", "company", …), which the bell opens.</summary>
    public string? EntityType { get; private set; }

    public Guid? EntityId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public string SourceKey { get; private set; }

    /// <summary>
    /// False when the user wants this kind by e-mail only: the row is still kept, as the record that it was sent,
    /// but the bell does not show it.
    /// </summary>
    public bool InApp { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    private static string? Shorten(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
