using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Exports;
using Suite.Framework.People;
using Suite.Crm.Domain.Leads;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Leads;

/// <summary>The leads list as a spreadsheet, with the list's own filters, sorting and owner record rule.</summary>
internal sealed class LeadExport(CrmDbContext db, LeadService leads)
{
    // Built per request: the headers are in the language of the request.
    private static ExportColumn<Lead>[] Columns(IReadOnlyDictionary<Guid, string> owners) =>
    [
        new(Text.Pick("Заголовок", "Title"), l => l.Title),
        new(Text.Pick("Имя", "Name"), l => l.Name),
        new(Text.Pick("Телефон", "Phone"), l => l.Phone),
        new(Text.Pick("Эл. почта", "Email"), l => l.Email),
        new(Text.Pick("Компания", "Company"), l => l.CompanyName),
        new(Text.Pick("Статус", "Status"), l => StatusWords.Of(l.Status)),
        new(Text.Pick("Причина отказа", "Junk reason"), l => l.JunkReason),
        new(Text.Pick("Ответственный", "Owner"), l => owners.GetValueOrDefault(l.OwnerId)),
        new(Text.Pick("Создан (UTC)", "Created (UTC)"), l => l.CreatedAt),
    ];

    public async Task<ExportFile> ExportAsync(LeadListRequest request, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ListExport.ParseFormat(format);
        var rows = await LeadService.Sorting.Apply(leads.Filtered(request), request.Sorting).ToListAsync(cancellationToken);
        var owners = await db.People.NamesAsync(rows.Select(l => l.OwnerId), cancellationToken);
        return ListExport.Write(rows, Columns(owners), fileFormat, "leads");
    }
}
