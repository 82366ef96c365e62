using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Users;
using Suite.Stock.Data;
using Suite.Stock.Domain.Deals;

namespace Suite.Stock.Application.Deals;

/// <summary>
/// Stock's copy of Crm's deals, under the owner rule: the deal picker, and the check that a reservation or a shipment is
/// made for a deal that exists and that the user may see.
/// </summary>
internal sealed class DealService(StockDbContext db, ICurrentUser user)
{
    /// <summary>
    /// The deal is not in Stock's copy, was deleted, or belongs to another manager: all three read the same, so a sales
    /// user learns nothing of other managers' deals. A deal created a moment ago may not have arrived yet: a 409, so the
    /// client may try again.
    /// </summary>
    public const string NotFound = "Stock.Deal.NotFound";

    private static readonly SortMap<DealRow> Sorting = new SortMap<DealRow>("title")
        .Add("title", d => d.Title)
        .Add("companyName", d => d.CompanyName)
        .Add("status", d => d.Status);

    /// <summary>The deals the user may see and that still exist.</summary>
    public IQueryable<Deal> Visible => db.Deals.VisibleTo(user).Where(d => !d.IsDeleted);

    public Task<PagedResult<StockDealDto>> ListAsync(StockDealListRequest request, CancellationToken cancellationToken)
    {
        var deals = Visible.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            deals = deals.Where(d => d.SearchText.Contains(term));
        }

        if (request.CompanyId is { } companyId)
            deals = deals.Where(d => d.CompanyId == companyId);
        if (request.OpenOnly == true)
            deals = deals.Where(d => d.Status == DealStatuses.Open);

        var rows = from d in deals
            join c in db.Companies.AsNoTracking() on d.CompanyId equals c.Id into companies
            from c in companies.DefaultIfEmpty()
            select new DealRow { Id = d.Id, Title = d.Title, CompanyId = d.CompanyId, CompanyName = c == null ? null : c.Name, OwnerId = d.OwnerId, Status = d.Status };
        return rows.ToPageAsync(request, Sorting, r => r.ToDto(), cancellationToken);
    }

    /// <summary>The deal a reservation or a document is made for; refused with <see cref="NotFound"/> when the user may not use it.</summary>
    public async Task<Deal> UsableAsync(Guid dealId, CancellationToken cancellationToken) =>
        await Visible.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken)
        ?? throw new BusinessRuleException(NotFound, Text.Pick(
            "Такой сделки нет или она не ваша. Если её только что создали, повторите через несколько секунд.",
            "There is no such deal, or it is not yours. If it was created a moment ago, try again in a few seconds."));

    private sealed record DealRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public Guid CompanyId { get; init; }
        public string? CompanyName { get; init; }
        public Guid OwnerId { get; init; }
        public string Status { get; init; } = "";

        public StockDealDto ToDto() => new(Id, CompanyName is null ? Title : $"{Title} — {CompanyName}", Title, CompanyId, CompanyName, OwnerId, Status);
    }
}

/// <summary>A deal as the picker shows it: <see cref="DisplayName"/> is the title with the client's name.</summary>
internal sealed record StockDealDto(Guid Id, string DisplayName, string Title, Guid CompanyId, string? CompanyName, Guid OwnerId, string Status);

internal sealed class StockDealListRequest : PageRequest
{
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }

    /// <summary>Only deals still open (won and lost ones are left out).</summary>
    [FromQuery(Name = "openOnly")] public bool? OpenOnly { get; set; }
}
