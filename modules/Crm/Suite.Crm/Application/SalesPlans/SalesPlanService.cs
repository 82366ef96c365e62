using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.People;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.SalesPlans;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.SalesPlans;

/// <summary>
/// Sales plans, one per owner (or the team) and period. Directors manage them; a sales user reads only their own
/// plans, and the team's only with <see cref="CrmPermissions.Deals.ViewAll"/>, the record rule of the figures they measure.
/// </summary>
internal sealed class SalesPlanService(CrmDbContext db, Owners owners, ICurrentUser user)
{
    private static readonly SortMap<SalesPlan> Sorting = new SortMap<SalesPlan>("period desc")
        .Add("period", p => p.Period)
        .Add("amount", p => p.Amount)
        .Add("createdAt", p => p.CreatedAt);

    public async Task<PagedResult<SalesPlanDto>> ListAsync(SalesPlanListRequest request, CancellationToken cancellationToken)
    {
        var query = Visible();
        if (request.Period is not null)
        {
            var period = SalesPeriod.Parse(request.Period)
                         ?? throw InputValidationException.For("period", Text.Pick(
                             "Период — месяц (2026-12) или квартал (2026-Q4).", "The period is a month (2026-12) or a quarter (2026-Q4)."));
            query = query.Where(p => p.Period == period.Code);
        }

        if (request.OwnerId is { } ownerId)
            query = query.Where(p => p.OwnerId == ownerId);
        var page = await query.ToPageAsync(request, Sorting, p => SalesPlanDto.From(p, null), cancellationToken);
        return await db.People.WithNamesAsync(page, p => p.OwnerId, (p, name) => p with { OwnerName = name }, cancellationToken);
    }

    public async Task<SalesPlanDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await MapAsync(await Visible().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id), cancellationToken);

    public async Task<SalesPlanDto> CreateAsync(SalesPlanInput input, CancellationToken cancellationToken)
    {
        var period = SalesPeriod.Parse(input.Period)!;
        await EnsureOwnerAsync(input.OwnerId, cancellationToken);
        await EnsureUniqueAsync(period, input.OwnerId, null, cancellationToken);
        var plan = new SalesPlan(period, input.OwnerId, input.Amount!.Value);
        db.SalesPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return await MapAsync(plan, cancellationToken);
    }

    public async Task<SalesPlanDto> UpdateAsync(Guid id, SalesPlanInput input, CancellationToken cancellationToken)
    {
        var plan = await db.SalesPlans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
        db.ExpectConcurrencyStamp(plan, input.ConcurrencyStamp);
        var period = SalesPeriod.Parse(input.Period)!;
        if (input.OwnerId != plan.OwnerId)
            await EnsureOwnerAsync(input.OwnerId, cancellationToken);
        await EnsureUniqueAsync(period, input.OwnerId, id, cancellationToken);
        plan.Change(period, input.OwnerId, input.Amount!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await MapAsync(plan, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.SalesPlans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
        db.SalesPlans.Remove(plan);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The plans the user may read: all with ViewAll, otherwise their own.</summary>
    private IQueryable<SalesPlan> Visible()
    {
        var query = db.SalesPlans.AsNoTracking();
        if (user.SeesAll<Deal>())
            return query;
        var me = user.Id ?? Guid.Empty;
        return query.Where(p => p.OwnerId == me);
    }

    /// <summary>A manager's plan is for someone who may own deals (known to Crm and active).</summary>
    private Task EnsureOwnerAsync(Guid? ownerId, CancellationToken cancellationToken) =>
        ownerId is { } id ? owners.EnsureMayOwnAsync(id, cancellationToken) : Task.CompletedTask;

    private async Task EnsureUniqueAsync(SalesPeriod period, Guid? ownerId, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = SalesPlan.KeyOf(ownerId);
        if (await db.SalesPlans.AnyAsync(p => p.Period == period.Code && p.OwnerKey == key && p.Id != exceptId, cancellationToken))
            throw new BusinessRuleException(SalesPlanErrors.Duplicate, ownerId is null
                ? Text.Pick($"План команды на {period.Code} уже есть.", $"The team already has a plan for {period.Code}.")
                : Text.Pick($"У этого менеджера уже есть план на {period.Code}.", $"This manager already has a plan for {period.Code}."));
    }

    private async Task<SalesPlanDto> MapAsync(SalesPlan plan, CancellationToken cancellationToken) =>
        SalesPlanDto.From(plan, await db.People.NameOfAsync(plan.OwnerId, cancellationToken));

    private static EntityNotFoundException NotFound(Guid id) => new("SalesPlan", id);
}
