using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.Export;
using Suite.Crm.Data;
using Suite.Crm.Domain.Companies;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Companies;

/// <summary>The companies list as a spreadsheet, with the list's text filter, sorting and owner record rule.</summary>
internal sealed class CompanyExport(CrmDbContext db, ICurrentUser user)
{
    private static readonly SortMap<Company> Sorting = new SortMap<Company>("name")
        .Add("name", c => c.Name)
        .Add("taxId", c => c.TaxId)
        .Add("phone", c => c.Phone)
        .Add("email", c => c.Email)
        .Add("address", c => c.Address)
        .Add("createdAt", c => c.CreatedAt);

    // Built per request: the headers are in the language of the request.
    private static ExportColumn<Company>[] Columns() =>
    [
        new(Text.Pick("Название", "Name"), c => c.Name),
        new(Text.Pick("ИНН", "Tax id"), c => c.TaxId),
        new(Text.Pick("КПП", "KPP"), c => c.Kpp),
        new(Text.Pick("Адрес", "Address"), c => c.Address),
        new(Text.Pick("Телефон", "Phone"), c => c.Phone),
        new(Text.Pick("Эл. почта", "Email"), c => c.Email),
        new(Text.Pick("Сайт", "Website"), c => c.Website),
        new(Text.Pick("Теги", "Tags"), c => c.Tags),
        new(Text.Pick("Ответственный (id)", "Owner (id)"), c => c.OwnerId),
        new(Text.Pick("Создана (UTC)", "Created (UTC)"), c => c.CreatedAt),
    ];

    public async Task<ExportFile> ExportAsync(PageRequest request, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ListExport.ParseFormat(format);
        // Same rule as CompanyService's list: without ViewAll only one's own companies.
        var query = user.HasPermission(CrmPermissions.Companies.ViewAll)
            ? db.Companies.AsNoTracking()
            : db.Companies.AsNoTracking().Where(c => c.OwnerId == user.Id);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(c => c.SearchText.Contains(term));
        }

        var companies = await Sorting.Apply(query, request.Sorting).ToListAsync(cancellationToken);
        return ListExport.Write(companies, Columns(), fileFormat, "companies");
    }
}
