using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Events;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Events;
using Suite.Framework.Privacy;
using Suite.Framework.Users;
using FieldChange = Suite.Framework.Data.FieldChange;

namespace Suite.Crm.Application.Contacts;

/// <summary>
/// A contact person's request under 152-FZ: what Crm holds about them (the card, the leads that became it, the deals
/// that name them, their timeline), and the erasure of it. Erasure keeps the records the books need (the card under
/// "Удалённый контакт", deals, amounts, dates) and removes what identifies the person, in the card, its leads, its
/// timeline and the change log's old values. Both are written to the contact's own change log.
/// </summary>
internal sealed class ContactPersonalData(CrmDbContext db, ICurrentUser user, TimeProvider clock) : IPersonalDataSource
{
    /// <summary>What an erased contact is called from then on; a business record, so in the company's language.</summary>
    public const string ErasedCaption = "Удалённый контакт";

    private const string Module = "crm";

    /// <summary>The change log's field for a person's requests: exported, erased.</summary>
    private const string RequestField = "personalData";

    public async Task<IReadOnlyList<PersonalDataSection>> ExportContactAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
            return [];
        var company = contact.CompanyId is { } companyId
            ? await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var leads = await db.Leads.AsNoTracking().Where(l => l.ContactId == contactId).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var leadIds = leads.Select(l => l.Id).ToList();
        var deals = await db.Deals.AsNoTracking().Where(d => d.ContactId == contactId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var timeline = await TimelineOf(contactId, leadIds).AsNoTracking().OrderBy(t => t.OccurredAt).ToListAsync(cancellationToken);

        await AuditAsync(contactId, "exported", cancellationToken);
        return
        [
            new(Module, "contact", [Card(contact, company)]),
            new(Module, "leads", leads.Select(l => Record(
                ("title", l.Title), ("name", l.Name), ("phone", l.Phone), ("email", l.Email), ("company", l.CompanyName),
                ("comment", l.Comment), ("status", l.Status.ToString()), ("createdAt", Instant(l.CreatedAt)))).ToList()),
            new(Module, "deals", deals.Select(d => Record(
                ("title", d.Title), ("amount", d.Amount.ToString(CultureInfo.InvariantCulture)), ("status", d.Status.ToString()),
                ("createdAt", Instant(d.CreatedAt)))).ToList()),
            new(Module, "timeline", timeline.Select(t => Record(
                ("occurredAt", Instant(t.OccurredAt)), ("kind", t.Kind), ("title", t.Title), ("details", t.Details))).ToList()),
        ];
    }

    public async Task EraseAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken)
            ?? throw new EntityNotFoundException("Contact", contactId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        contact.ErasePersonalData(ErasedCaption);
        var leads = await db.Leads.Where(l => l.ContactId == contactId).ToListAsync(cancellationToken);
        foreach (var lead in leads)
            lead.ErasePersonalData(ErasedCaption);
        var leadIds = leads.Select(l => l.Id).ToList();
        foreach (var item in await TimelineOf(contactId, leadIds).ToListAsync(cancellationToken))
            item.ErasePersonalData();
        // Tasks and Docs keep the card's name for their lists: the update renames their copies too.
        db.Publish(new ContactUpdatedEto(contact.Id, contact.FirstName, contact.LastName, contact.CompanyId, null, null, contact.OwnerId,
            [new Suite.Crm.Events.FieldChange(RequestField, null, "erased")], user.Id, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        // The change log keeps who changed which field and when, never again what the values were (this save's rows too).
        List<Guid> records = [contactId, .. leadIds];
        var logged = await db.EntityChanges.AsNoTracking().Where(c => records.Contains(c.EntityId)).ToListAsync(cancellationToken);
        foreach (var change in logged)
        {
            var redacted = Redacted(change.Changes);
            await db.EntityChanges.Where(c => c.Id == change.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Changes, redacted), cancellationToken);
        }

        await AuditAsync(contactId, "erased", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Dictionary<string, string?> Card(Domain.Contacts.Contact contact, string? company)
    {
        var card = Record(
            ("firstName", contact.FirstName), ("lastName", contact.LastName), ("company", company), ("position", contact.Position),
            ("phones", string.Join(", ", contact.Phones)), ("emails", string.Join(", ", contact.Emails)),
            ("tags", string.Join(", ", contact.Tags)), ("createdAt", Instant(contact.CreatedAt)));
        foreach (var (field, value) in contact.CustomFields)
            card["customFields." + field] = value;
        return card;
    }

    private IQueryable<TimelineItem> TimelineOf(Guid contactId, List<Guid> leadIds) =>
        db.TimelineItems.Where(t => (t.EntityType == TimelineEntityTypes.Contact && t.EntityId == contactId)
            || (t.EntityType == TimelineEntityTypes.Lead && leadIds.Contains(t.EntityId)));

    private async Task AuditAsync(Guid contactId, string what, CancellationToken cancellationToken)
    {
        db.EntityChanges.Add(new EntityChange
        {
            EntityType = "Contact",
            EntityId = contactId,
            Kind = EntityChangeKind.Updated,
            ChangedAt = clock.GetUtcNow(),
            UserId = user.Id,
            Changes = JsonSerializer.Serialize(new[] { new FieldChange(RequestField, null, what) }, EventSerializer.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Redacted(string changes)
    {
        var fields = JsonSerializer.Deserialize<List<FieldChange>>(changes, EventSerializer.Options) ?? [];
        // The requests themselves (exported, erased) are the audit of this law's requests: they stay.
        return JsonSerializer.Serialize(fields.Select(f => f.Field == RequestField ? f : new FieldChange(f.Field, null, null)), EventSerializer.Options);
    }

    private static Dictionary<string, string?> Record(params (string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value);

    private static string Instant(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
