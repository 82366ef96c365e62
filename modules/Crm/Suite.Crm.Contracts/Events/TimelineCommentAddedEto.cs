using Suite.Framework.Events;
namespace Suite.Crm.Events;
/// <summary>A comment was written on a card's timeline; <paramref name="MentionedUserIds"/> are the users it @mentions.</summary>
[EventName("Crm.Timeline.CommentAdded")]
public sealed record TimelineCommentAddedEto(Guid CommentId, string EntityType, Guid EntityId, string EntityTitle, string Text, Guid? AuthorId, IReadOnlyList<Guid> MentionedUserIds, DateTimeOffset At);
