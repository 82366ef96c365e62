using Microsoft.EntityFrameworkCore;
using Suite.Framework.Exports;
using Suite.Crm.Domain.Leads;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Leads;

/// <summary>The leads list as a spreadsheet, with the list's own filters, sorting and owner record rule.</summary>
internal sealed class LeadExport(LeadService leads)
{
    // Built per request: the headers are in the language of the request.
    private static ExportColumn<Lead>[] Columns() =>
    [
        new(Text.Pick("Заголовок", "Title"), l => l.Title),
        new(Text.Pick("Имя", "Name"), l => l.Name),
        new(Text.Pick("Телефон", "Phone"), l => l.Phone),
        new(Text.Pick("Эл. почта", "Email"), l => l.Email),
        new(Text.Pick("Компания", "Company"), l => l.CompanyName),
        new(Text.Pick("Статус", "Status"), l => StatusText(l.Status)),
        new(Text.Pick("Причина отказа", "Junk reason"), l => l.JunkReason),
        new(Text.Pick("Ответственный (id)", "Owner (id)"), l => l.OwnerId),
        new(Text.Pick("Создан (UTC)", "Created (UTC)"), l => l.CreatedAt),
    ];

    private static string StatusText(LeadStatus status) => status switch
    {
        LeadStatus.New => Text.Pick("Новый", "New"),
        LeadStatus.InWork => Text.Pick("В работе", "In work"),
        LeadStatus.Converted => Text.Pick("Сконвертирован", "Converted"),
        _ => Text.Pick("Некачественный", "Junk"),
    };

    public async Task<ExportFile> ExportAsync(LeadListRequest request, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ListExport.ParseFormat(format);
        var rows = await LeadService.Sorting.Apply(leads.Filtered(request), request.Sorting).ToListAsync(cancellationToken);
        return ListExport.Write(rows, Columns(), fileFormat, "leads");
    }
}
