using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Users;
using Suite.Stock.Data;
using Suite.Stock.Domain.Companies;

namespace Suite.Stock.Application.Companies;

/// <summary>Stock's copy of Crm's client companies, under the owner rule: the shipment's company picker and its check.</summary>
internal sealed class CompanyService(StockDbContext db, ICurrentUser user)
{
    /// <summary>The company is not in Stock's copy, was deleted, or belongs to another manager (see <c>Stock.Deal.NotFound</c>).</summary>
    public const string NotFound = "Stock.Company.NotFound";

    private static readonly SortMap<Company> Sorting = new SortMap<Company>("name")
        .Add("name", c => c.Name)
        .Add("taxId", c => c.TaxId);

    public IQueryable<Company> Visible => db.Companies.VisibleTo(user).Where(c => !c.IsDeleted);

    public Task<PagedResult<StockCompanyDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var companies = Visible.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            companies = companies.Where(c => c.SearchText.Contains(term));
        }

        return companies.ToPageAsync(request, Sorting, StockCompanyDto.From, cancellationToken);
    }

    public async Task EnsureUsableAsync(Guid companyId, CancellationToken cancellationToken)
    {
        if (!await Visible.AnyAsync(c => c.Id == companyId, cancellationToken))
            throw new BusinessRuleException(NotFound, Text.Pick(
                "Такой компании нет или она не ваша. Если её только что создали, повторите через несколько секунд.",
                "There is no such company, or it is not yours. If it was created a moment ago, try again in a few seconds."));
    }
}

/// <summary>A client company as the picker shows it: <see cref="DisplayName"/> is the name with the tax id.</summary>
internal sealed record StockCompanyDto(Guid Id, string DisplayName, string Name, string? TaxId, Guid OwnerId)
{
    internal static StockCompanyDto From(Company c) => new(c.Id, c.TaxId is null ? c.Name : $"{c.Name} (ИНН {c.TaxId})", c.Name, c.TaxId, c.OwnerId);
}
