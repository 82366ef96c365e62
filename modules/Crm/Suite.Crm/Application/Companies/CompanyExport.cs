using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Exports;
using Suite.Framework.People;
using Suite.Crm.Domain.Companies;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Companies;

/// <summary>The companies list as a spreadsheet, with the list's own filters, sorting and owner record rule.</summary>
internal sealed class CompanyExport(CrmDbContext db, CompanyService companies)
{
    // Built per request: the headers are in the language of the request.
    private static ExportColumn<Company>[] Columns(IReadOnlyDictionary<Guid, string> owners) =>
    [
        new(Text.Pick("Название", "Name"), c => c.Name),
        new(Text.Pick("ИНН", "Tax id"), c => c.TaxId),
        new(Text.Pick("КПП", "KPP"), c => c.Kpp),
        new(Text.Pick("Адрес", "Address"), c => c.Address),
        new(Text.Pick("Телефон", "Phone"), c => c.Phone),
        new(Text.Pick("Эл. почта", "Email"), c => c.Email),
        new(Text.Pick("Сайт", "Website"), c => c.Website),
        new(Text.Pick("Теги", "Tags"), c => c.Tags),
        new(Text.Pick("Ответственный", "Owner"), c => owners.GetValueOrDefault(c.OwnerId)),
        new(Text.Pick("Создана (UTC)", "Created (UTC)"), c => c.CreatedAt),
    ];

    public async Task<ExportFile> ExportAsync(CompanyListRequest request, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ListExport.ParseFormat(format);
        var owners = await db.People.NamesAsync(
            await companies.Filtered(request).Select(c => c.OwnerId).Distinct().ToListAsync(cancellationToken), cancellationToken);
        // Streamed: the rows are read while the file is written, not loaded first (ListExport).
        var rows = CompanyService.Sorting.Apply(companies.Filtered(request), request.Sorting).AsEnumerable();
        return ListExport.Write(rows, Columns(owners), fileFormat, "companies");
    }
}
