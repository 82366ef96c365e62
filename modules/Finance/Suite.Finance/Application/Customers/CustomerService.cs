using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Customers;
using Suite.Framework.Domain;
using Suite.Framework.Paging;
using Suite.Framework.Users;

namespace Suite.Finance.Application.Customers;

internal sealed class CustomerService(FinanceDbContext db, ICurrentUser user)
{
    private static readonly SortMap<Customer> Sorting = new SortMap<Customer>("name")
        .Add("name", c => c.Name)
        .Add("taxId", c => c.TaxId);

    public Task<PagedResult<CustomerDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var query = db.Customers.AsNoTracking().Where(c => !c.IsDeleted).VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(c => c.SearchText.Contains(term));
        }

        return query.ToPageAsync(request, Sorting, CustomerDto.From, cancellationToken);
    }

    public async Task<CustomerDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        CustomerDto.From(await db.Customers.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(c => c.Id == id && !c.IsDeleted, cancellationToken)
                         ?? throw new EntityNotFoundException("Customer", id));
}
