using Suite.Framework.Events;
using Suite.Stock.Events;
using Suite.Tasks.Data;

namespace Suite.Tasks.EventHandlers;

/// <summary>Keeps Tasks' copies of catalog products: their names for the task list; a product has no owner, everyone sees it.</summary>
internal sealed class StockCardsHandler(TasksDbContext db) :
    IIntegrationEventHandler<ProductCreatedEto>,
    IIntegrationEventHandler<ProductUpdatedEto>,
    IIntegrationEventHandler<ProductRepublishedEto>
{
    private const string Product = "product";

    public Task HandleAsync(ProductCreatedEto e, CancellationToken ct) => db.ApplyAsync(Product, e.ProductId, e.Name, Guid.Empty, null, e.ChangedAt, ct);

    public Task HandleAsync(ProductUpdatedEto e, CancellationToken ct) => db.ApplyAsync(Product, e.ProductId, e.Name, Guid.Empty, null, e.ChangedAt, ct);

    public Task HandleAsync(ProductRepublishedEto e, CancellationToken ct) => db.ApplyAsync(Product, e.ProductId, e.Name, Guid.Empty, null, e.ChangedAt, ct);
}
