using Suite.Crm.Domain.Timeline;
using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>A contact person's card changes, shown on the contact and on their company's card.</summary>
internal sealed class ContactTimelineHandler(TimelineWriter timeline) :
    IIntegrationEventHandler<ContactCreatedEto>,
    IIntegrationEventHandler<ContactUpdatedEto>
{
    private const string Contact = TimelineEntityTypes.Contact;

    public Task HandleAsync(ContactCreatedEto e, CancellationToken cancellationToken) =>
        timeline.AddOnceAsync(e, Contact, e.ContactId, e.CompanyId, e.ChangedAt, TimelineKinds.Created, Name(e.FirstName, e.LastName),
            new { e.FirstName, e.LastName, e.Phone, e.Email, e.OwnerId }, e.ChangedBy, cancellationToken);

    public async Task HandleAsync(ContactUpdatedEto e, CancellationToken cancellationToken)
    {
        var (fields, owner) = CompanyTimelineHandler.OwnerApart(e.Changes);
        var name = Name(e.FirstName, e.LastName);
        if (fields.Count > 0)
            await timeline.AddOnceAsync(e, Contact, e.ContactId, e.CompanyId, e.ChangedAt, TimelineKinds.Updated, name,
                new { changes = fields }, e.ChangedBy, cancellationToken);
        if (owner is not null)
            await timeline.AddOnceAsync(e, Contact, e.ContactId, e.CompanyId, e.ChangedAt, TimelineKinds.OwnerChanged, name,
                new { changes = new[] { owner } }, e.ChangedBy, cancellationToken);
    }

    private static string Name(string firstName, string? lastName) =>
        string.IsNullOrWhiteSpace(lastName) ? firstName : $"{firstName} {lastName}";
}
