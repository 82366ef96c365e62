using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Host.Notifications;

/// <summary>Who hears of what happens in Crm: a lead's owner of a lead from the website, a person of an @mention.</summary>
internal sealed class CrmEventsHandler(NotificationCenter center, Recipients recipients)
    : IIntegrationEventHandler<LeadCreatedEto>, IIntegrationEventHandler<TimelineCommentAddedEto>
{
    public Task HandleAsync(LeadCreatedEto e, CancellationToken cancellationToken)
    {
        if (e.WebFormId is null)
            return Task.CompletedTask; // entered by hand: its owner knows
        var who = string.Join(", ", new[] { e.Name, e.CompanyName, e.Phone, e.Email }.Where(v => !string.IsNullOrWhiteSpace(v)));
        return center.RaiseAsync(e.OwnerId, NotificationKinds.LeadReceived, e.LeadId.ToString(), $"Новый лид с сайта: {e.Title}",
            who.Length > 0 ? who : null, "lead", e.LeadId, cancellationToken);
    }

    public async Task HandleAsync(TimelineCommentAddedEto e, CancellationToken cancellationToken)
    {
        var author = e.AuthorId is { } authorId ? await recipients.NameOfAsync(authorId, cancellationToken) : null;
        var title = author is null ? $"Вас упомянули: {e.EntityTitle}" : $"{author} упоминает вас: {e.EntityTitle}";
        foreach (var userId in e.MentionedUserIds.Distinct().Where(id => id != e.AuthorId))
            await center.RaiseAsync(userId, NotificationKinds.Mention, e.CommentId.ToString(), title, e.Text, e.EntityType, e.EntityId,
                cancellationToken);
    }
}
