using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Invoices;
using Suite.Finance.Data;
using Suite.Framework.Paging;
using Suite.Framework.Users;

namespace Suite.Finance.Application.Deals;

/// <summary>The deal picker of the invoice editor: Finance's copy of Crm's deals, only the user's own for a sales manager.</summary>
internal sealed class DealService(FinanceDbContext db, ICurrentUser user)
{
    private static readonly SortMap<DealRow> Sorting = new SortMap<DealRow>("title")
        .Add("title", d => d.Title)
        .Add("companyName", d => d.CompanyName)
        .Add("status", d => d.Status);

    public Task<PagedResult<FinanceDealDto>> ListAsync(PickerRequest request, CancellationToken cancellationToken)
    {
        var deals = db.Deals.AsNoTracking().IgnoreAutoIncludes().VisibleTo(user).Where(d => !d.IsDeleted);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            deals = deals.Where(d => d.SearchText.Contains(term));
        }

        if (request.CompanyId is { } companyId)
            deals = deals.Where(d => d.CompanyId == companyId);

        var rows = from d in deals
            join c in db.Customers.AsNoTracking() on d.CompanyId equals c.Id into customers
            from c in customers.DefaultIfEmpty()
            select new DealRow
            {
                Id = d.Id, Title = d.Title, CompanyId = d.CompanyId, CompanyName = c == null ? null : c.Name, OwnerId = d.OwnerId,
                Status = d.Status, LineCount = d.Lines.Count,
            };
        return rows.ToPageAsync(request, Sorting, r => r.ToDto(), cancellationToken);
    }

    private sealed record DealRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public Guid CompanyId { get; init; }
        public string? CompanyName { get; init; }
        public Guid OwnerId { get; init; }
        public string Status { get; init; } = "";
        public int LineCount { get; init; }

        public FinanceDealDto ToDto() =>
            new(Id, CompanyName is null ? Title : $"{Title} — {CompanyName}", Title, CompanyId, CompanyName, OwnerId, Status, LineCount);
    }
}

/// <summary>A deal as the picker shows it: <see cref="DisplayName"/> is the title with the client's name.</summary>
internal sealed record FinanceDealDto(
    Guid Id, string DisplayName, string Title, Guid CompanyId, string? CompanyName, Guid OwnerId, string Status, int LineCount);
