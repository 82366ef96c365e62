using Suite.Crm.Events;
using Suite.Finance.Data;
using Suite.Finance.Domain.Customers;
using Suite.Framework.Events;

namespace Suite.Finance.EventHandlers;

/// <summary>Keeps Finance's customer copies in step with Crm's companies; events may arrive late or twice.</summary>
internal sealed class CustomerCopyHandler(FinanceDbContext db) :
    IIntegrationEventHandler<CompanyCreatedEto>,
    IIntegrationEventHandler<CompanyUpdatedEto>,
    IIntegrationEventHandler<CompanyRepublishedEto>,
    IIntegrationEventHandler<CompanyDeletedEto>
{
    public Task HandleAsync(CompanyCreatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.CompanyId, e.Name, e.TaxId, e.Kpp, e.Address, e.OwnerId, e.ChangedAt, cancellationToken);

    public Task HandleAsync(CompanyUpdatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.CompanyId, e.Name, e.TaxId, e.Kpp, e.Address, e.OwnerId, e.ChangedAt, cancellationToken);

    public Task HandleAsync(CompanyRepublishedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.CompanyId, e.Name, e.TaxId, e.Kpp, e.Address, e.OwnerId, e.ChangedAt, cancellationToken);

    public async Task HandleAsync(CompanyDeletedEto e, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FindAsync([e.CompanyId], cancellationToken);
        customer?.MarkDeleted(e.ChangedAt);
    }

    private async Task ApplyAsync(Guid id, string name, string? taxId, string? kpp, string? address, Guid ownerId, DateTimeOffset changedAt,
        CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FindAsync([id], cancellationToken);
        if (customer is null)
        {
            customer = new Customer(id);
            db.Customers.Add(customer);
        }

        customer.Apply(name, taxId, kpp, address, ownerId, changedAt);
    }
}
