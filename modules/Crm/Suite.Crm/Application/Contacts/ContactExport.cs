using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Exports;
using Suite.Framework.People;
using Suite.Crm.Domain.Contacts;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Contacts;

/// <summary>The contacts list as a spreadsheet, with the list's own filters, sorting and owner record rule.</summary>
internal sealed class ContactExport(CrmDbContext db, ContactService contacts)
{
    // Built per request: the headers are in the language of the request.
    private static ExportColumn<Contact>[] Columns(IReadOnlyDictionary<Guid, string> owners) =>
    [
        new(Text.Pick("Фамилия", "Last name"), c => c.LastName),
        new(Text.Pick("Имя", "First name"), c => c.FirstName),
        new(Text.Pick("Должность", "Position"), c => c.Position),
        new(Text.Pick("Компания (id)", "Company (id)"), c => c.CompanyId),
        new(Text.Pick("Телефоны", "Phones"), c => c.Phones),
        new(Text.Pick("Эл. почта", "Emails"), c => c.Emails),
        new(Text.Pick("Теги", "Tags"), c => c.Tags),
        new(Text.Pick("Ответственный", "Owner"), c => owners.GetValueOrDefault(c.OwnerId)),
        new(Text.Pick("Создан (UTC)", "Created (UTC)"), c => c.CreatedAt),
    ];

    public async Task<ExportFile> ExportAsync(ContactListRequest request, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ListExport.ParseFormat(format);
        var rows = await ContactService.Sorting.Apply(contacts.Filtered(request), request.Sorting).ToListAsync(cancellationToken);
        var owners = await db.People.NamesAsync(rows.Select(c => c.OwnerId), cancellationToken);
        return ListExport.Write(rows, Columns(owners), fileFormat, "contacts");
    }
}
