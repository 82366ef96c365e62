using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.CustomFields;
using Suite.Crm.Application.People;
using Suite.Crm.Data;
using Suite.Crm.Domain.Contacts;
using Suite.Crm.Domain.CustomFields;
using Suite.Crm.Events;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Contacts;

/// <summary>
/// Contact people with the same owner record rule as companies: without <see cref="CrmPermissions.Contacts.ViewAll"/>
/// a user sees only the contacts they own, and anyone else's is "not found".
/// </summary>
internal sealed class ContactService(CrmDbContext db, Owners owners, ICurrentUser user, CustomFieldValues customFields, TimeProvider clock)
{
    public const string HasDeals = "Crm.Contact.HasDeals";

    internal static readonly SortMap<Contact> Sorting = new SortMap<Contact>("lastName, firstName")
        .Add("firstName", c => c.FirstName)
        .Add("lastName", c => c.LastName)
        .Add("position", c => c.Position)
        .Add("createdAt", c => c.CreatedAt);

    private IQueryable<Contact> Visible => db.Contacts.VisibleTo(user);

    public async Task<PagedResult<ContactDto>> ListAsync(ContactListRequest request, CancellationToken cancellationToken) =>
        await db.People.WithNamesAsync(await Filtered(request).ToPageAsync(request, Sorting, ContactDto.From, cancellationToken),
            d => d.OwnerId, (d, name) => d with { OwnerName = name }, cancellationToken);

    /// <summary>The contacts the list shows for these filters, unsorted and unpaged: the list and its export share it.</summary>
    public IQueryable<Contact> Filtered(ContactListRequest request)
    {
        var query = Visible.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(c => c.SearchText.Contains(term));
        }

        if (request.CompanyId is { } companyId)
            query = query.Where(c => c.CompanyId == companyId);
        if (request.OwnerId is { } ownerId)
            query = query.Where(c => c.OwnerId == ownerId);
        if (!string.IsNullOrWhiteSpace(request.Tag))
        {
            var tag = request.Tag.Trim();
            query = query.Where(c => c.Tags.Contains(tag));
        }

        return query;
    }

    public async Task<ContactDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await NamedAsync(await FindAsync(id, cancellationToken), cancellationToken);

    public async Task<ContactDto> CreateAsync(ContactInput input, CancellationToken cancellationToken, bool save = true)
    {
        var details = await DetailsAsync(input, cancellationToken);
        var contact = new Contact(details, await owners.OwnerForAsync<Contact>(input.OwnerId, OwnedRecordWords.Contacts, cancellationToken));
        db.Contacts.Add(contact);
        db.Publish(new ContactCreatedEto(contact.Id, contact.FirstName, contact.LastName, contact.CompanyId,
            contact.Phones.FirstOrDefault(), contact.Emails.FirstOrDefault(), contact.OwnerId, user.Id, Now));
        if (save)
            await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(contact, cancellationToken);
    }

    public async Task<ContactDto> UpdateAsync(Guid id, ContactInput input, CancellationToken cancellationToken, bool save = true)
    {
        var contact = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(contact, input.ConcurrencyStamp);
        var details = await DetailsAsync(input, cancellationToken);
        var before = await SnapshotAsync(contact, cancellationToken);

        contact.Update(details);
        if (input.OwnerId is { } ownerId && ownerId != contact.OwnerId)
            contact.TransferTo(await owners.OwnerForAsync<Contact>(ownerId, OwnedRecordWords.Contacts, cancellationToken));
        var changes = ContactSnapshot.Changes(before, await SnapshotAsync(contact, cancellationToken));
        db.Publish(new ContactUpdatedEto(contact.Id, contact.FirstName, contact.LastName, contact.CompanyId,
            contact.Phones.FirstOrDefault(), contact.Emails.FirstOrDefault(), contact.OwnerId, changes, user.Id, Now));
        if (save)
            await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(contact, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(id, cancellationToken);
        if (await db.Deals.AnyAsync(d => d.ContactId == id, cancellationToken))
            throw new BusinessRuleException(HasDeals, Text.Pick(
                "Контакт указан в сделках, удалить его нельзя.", "The contact is named on deals and cannot be deleted."));
        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTimeOffset Now => clock.GetUtcNow();

    private async Task<Contact> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Visible.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Contact", id);

    private async Task<ContactDetails> DetailsAsync(ContactInput input, CancellationToken cancellationToken)
    {
        // The company must be one the user may see: a manager cannot attach people to another manager's client.
        if (input.CompanyId is { } companyId)
        {
            var visible = await db.Companies.VisibleTo(user).AnyAsync(c => c.Id == companyId, cancellationToken);
            if (!visible)
                throw InputValidationException.For("companyId", Text.Pick("Такой компании нет.", "There is no such company."));
        }

        var values = await customFields.ValidateAsync(CustomFieldEntity.Contact, input.CustomFields ?? [], cancellationToken);
        return input.ToDetails(values);
    }

    private async Task<ContactSnapshot> SnapshotAsync(Contact c, CancellationToken cancellationToken)
    {
        var companyName = c.CompanyId is { } companyId
            ? await db.Companies.Where(x => x.Id == companyId).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ContactSnapshot(c.FirstName, c.LastName, companyName, c.Position, string.Join(", ", c.Phones),
            string.Join(", ", c.Emails), c.OwnerId.ToString(), string.Join(", ", c.Tags), new Dictionary<string, string>(c.CustomFields));
    }

    private async Task<ContactDto> NamedAsync(Contact contact, CancellationToken cancellationToken) =>
        ContactDto.From(contact) with { OwnerName = await db.People.NameOfAsync(contact.OwnerId, cancellationToken) };

}

/// <summary>A contact's fields as the timeline shows them, to tell which ones an update changed.</summary>
internal sealed record ContactSnapshot(
    string FirstName, string? LastName, string? Company, string? Position, string Phones, string Emails, string Owner, string Tags,
    Dictionary<string, string> CustomFields)
{
    public static IReadOnlyList<FieldChange> Changes(ContactSnapshot before, ContactSnapshot after)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, string? oldValue, string? newValue)
        {
            oldValue = string.IsNullOrEmpty(oldValue) ? null : oldValue;
            newValue = string.IsNullOrEmpty(newValue) ? null : newValue;
            if (oldValue != newValue)
                changes.Add(new FieldChange(field, oldValue, newValue));
        }

        Compare("firstName", before.FirstName, after.FirstName);
        Compare("lastName", before.LastName, after.LastName);
        Compare("company", before.Company, after.Company);
        Compare("position", before.Position, after.Position);
        Compare("phones", before.Phones, after.Phones);
        Compare("emails", before.Emails, after.Emails);
        Compare("owner", before.Owner, after.Owner);
        Compare("tags", before.Tags, after.Tags);
        foreach (var key in before.CustomFields.Keys.Union(after.CustomFields.Keys).Order())
            Compare("customFields." + key, before.CustomFields.GetValueOrDefault(key), after.CustomFields.GetValueOrDefault(key));
        return changes;
    }
}
