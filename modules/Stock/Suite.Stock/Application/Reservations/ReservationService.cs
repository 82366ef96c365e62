using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;
using Suite.Stock.Application.Deals;
using Suite.Stock.Application.Documents;
using Suite.Stock.Data;
using Suite.Stock.Domain.Deals;
using Suite.Stock.Domain.Ledger;
using Suite.Stock.Domain.Products;
using Suite.Stock.Domain.Reservations;

namespace Suite.Stock.Application.Reservations;

/// <summary>
/// Holds goods for deals and lets them go. Every change moves the balance's reserved quantity in the same transaction,
/// under the products' locks (as a posting takes them), so a reservation and a shipment of the same goods cannot both
/// see the same units as available; then the low-stock watch looks at the new available quantity. A reservation belongs to
/// its deal's owner: a sales manager sees, releases and makes reservations only for deals they own.
/// </summary>
internal sealed class ReservationService(StockDbContext db, StockChanges changes, DealService deals, ICurrentUser user)
{
    public const string ServiceNotStocked = "Stock.Reservation.Service";

    private static readonly SortMap<ReservationRow> Sorting = new SortMap<ReservationRow>("createdAt desc")
        .Add("createdAt", r => r.CreatedAt)
        .Add("sku", r => r.Sku)
        .Add("productName", r => r.ProductName)
        .Add("warehouseName", r => r.WarehouseName)
        .Add("quantity", r => r.Quantity);

    /// <summary>
    /// The reservations of the deals the user may see (<see cref="OwnerRule"/> over Stock's deal copy). A user who sees all
    /// deals sees every reservation, also those of deals the copy does not hold (made by a won deal before the copy existed).
    /// </summary>
    private IQueryable<Reservation> Visible => user.SeesAll<Deal>()
        ? db.Reservations
        : db.Reservations.Where(r => db.Deals.VisibleTo(user).Any(d => d.Id == r.DealId));

    public async Task<PagedResult<ReservationDto>> ListAsync(ReservationListRequest request, CancellationToken cancellationToken)
    {
        var reservations = Visible.AsNoTracking();
        if (request.ProductId is { } productId)
            reservations = reservations.Where(r => r.ProductId == productId);
        if (request.WarehouseId is { } warehouseId)
            reservations = reservations.Where(r => r.WarehouseId == warehouseId);
        if (request.DealId is { } dealId)
            reservations = reservations.Where(r => r.DealId == dealId);

        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            products = products.Where(p => p.SearchText.Contains(term));
        }

        var rows = from r in reservations
            join p in products on r.ProductId equals p.Id
            join w in db.Warehouses on r.WarehouseId equals w.Id
            join d in db.Deals on r.DealId equals d.Id into dealCopies
            from d in dealCopies.DefaultIfEmpty()
            join c in db.Companies on d.CompanyId equals c.Id into companyCopies
            from c in companyCopies.DefaultIfEmpty()
            select new ReservationRow
            {
                Id = r.Id, ProductId = p.Id, Sku = p.Sku, ProductName = p.Name, Unit = p.Unit, WarehouseId = w.Id, WarehouseName = w.Name,
                DealId = r.DealId, Quantity = r.Quantity, Comment = r.Comment, CreatedAt = r.CreatedAt, CreatedBy = r.CreatedBy,
                DealTitle = d == null ? null : d.Title, CompanyId = d == null ? null : d.CompanyId, CompanyName = c == null ? null : c.Name,
            };
        return await db.People.WithNamesAsync(await rows.ToPageAsync(request, Sorting, r => r.ToDto(), cancellationToken),
            r => r.CreatedBy, (r, name) => r with { CreatedByName = name }, cancellationToken);
    }

    public async Task<ReservationDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await RowAsync(id, cancellationToken) ?? throw new EntityNotFoundException("Reservation", id);

    /// <summary>Reserves for a deal, adding to what it already holds of the product in the warehouse; refused beyond the available quantity.</summary>
    public async Task<ReservationDto> ReserveAsync(ReservationInput input, CancellationToken cancellationToken)
    {
        var productId = input.ProductId!.Value;
        var warehouseId = input.WarehouseId!.Value;
        var quantity = input.Quantity!.Value;
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        await deals.UsableAsync(input.DealId!.Value, cancellationToken);
        var id = await InLockAsync([productId], async () =>
        {
            var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
            var warehouse = await db.Warehouses.AsNoTracking().SingleOrDefaultAsync(w => w.Id == warehouseId, cancellationToken);
            var errors = new Dictionary<string, string[]>();
            if (product is null)
                errors["productId"] = [Text.Pick("Товар не найден.", "The product was not found.")];
            else if (product.IsService)
                errors["productId"] = [Text.Pick("Услуги не хранятся на складе, резервировать их нечего.", "Services are not stocked and cannot be reserved.")];
            if (warehouse is null)
                errors["warehouseId"] = [Text.Pick("Склад не найден.", "The warehouse was not found.")];
            if (errors.Count > 0)
                throw new InputValidationException(errors);

            var balance = await db.Balances.SingleOrDefaultAsync(b => b.ProductId == productId && b.WarehouseId == warehouseId, cancellationToken);
            var available = balance?.Available ?? 0m;
            if (quantity > available)
            {
                var left = Math.Max(available, 0m);
                throw InsufficientStock.For([new StockShortage(productId, product!.Sku, product.Name, warehouseId, warehouse!.Name, quantity, left, quantity - left)]);
            }

            var reservation = await Hold(product!, balance!, input.DealId!.Value, quantity, comment, cancellationToken);
            await changes.SaveAsync([product!], cancellationToken);
            return reservation.Id;
        }, cancellationToken);
        return (await RowAsync(id, cancellationToken))!;
    }

    /// <summary>
    /// Reserves what there is of a won deal's products: each line's quantity or, when short, all that is available. What the
    /// deal already holds in the warehouse counts towards its lines, so the same event delivered twice reserves nothing
    /// more, and a reservation made by hand before the win is topped up rather than doubled. Unknown products and services
    /// are skipped. Returns how much of each product was reserved now.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>> ReserveForDealAsync(
        Guid dealId, Guid warehouseId, IReadOnlyList<(Guid ProductId, decimal Quantity)> lines, string? comment, CancellationToken cancellationToken)
    {
        var wanted = lines.Where(l => l.Quantity > 0).GroupBy(l => l.ProductId)
            .ToDictionary(g => g.Key, g => Math.Round(g.Sum(l => l.Quantity), 3, MidpointRounding.ToZero));
        if (wanted.Count == 0 || !await db.Warehouses.AnyAsync(w => w.Id == warehouseId, cancellationToken))
            return new Dictionary<Guid, decimal>();
        return await InLockAsync(wanted.Keys, async () =>
        {
            var reserved = new Dictionary<Guid, decimal>();
            var ids = wanted.Keys.ToList();
            var held = await db.Reservations.AsNoTracking().Where(r => r.DealId == dealId && r.WarehouseId == warehouseId)
                .ToDictionaryAsync(r => r.ProductId, r => r.Quantity, cancellationToken);
            var products = await db.Products.Where(p => ids.Contains(p.Id) && !p.IsService).ToListAsync(cancellationToken);
            var balances = await db.Balances.Where(b => ids.Contains(b.ProductId) && b.WarehouseId == warehouseId)
                .ToDictionaryAsync(b => b.ProductId, cancellationToken);
            foreach (var product in products)
            {
                if (!balances.TryGetValue(product.Id, out var balance))
                    continue;
                var quantity = Math.Min(wanted[product.Id] - held.GetValueOrDefault(product.Id), balance.Available);
                if (quantity <= 0)
                    continue;
                await Hold(product, balance, dealId, quantity, comment, cancellationToken);
                reserved[product.Id] = quantity;
            }

            if (reserved.Count > 0)
                await changes.SaveAsync(products, cancellationToken);
            return reserved;
        }, cancellationToken);
    }

    /// <summary>Releases <paramref name="quantity"/> (all when null); a reservation released to nothing is removed. Returns what is left, or null.</summary>
    public async Task<ReservationDto?> ReleaseAsync(Guid id, decimal? quantity, CancellationToken cancellationToken)
    {
        var productId = await Visible.AsNoTracking().Where(r => r.Id == id).Select(r => (Guid?)r.ProductId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException("Reservation", id);
        var left = await InLockAsync([productId], async () =>
        {
            // Read again under the lock: a shipment may have released some of it meanwhile.
            var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new EntityNotFoundException("Reservation", id);
            if (quantity > reservation.Quantity)
                throw InputValidationException.For("quantity", Text.Pick(
                    $"Зарезервировано только {reservation.Quantity:0.###}, больше снять нельзя.",
                    $"Only {reservation.Quantity:0.###} is reserved; no more can be released."));
            var product = await db.Products.SingleAsync(p => p.Id == reservation.ProductId, cancellationToken);
            var balance = await db.Balances.SingleOrDefaultAsync(
                b => b.ProductId == reservation.ProductId && b.WarehouseId == reservation.WarehouseId, cancellationToken);
            var released = reservation.Release(quantity ?? reservation.Quantity);
            balance?.Release(Math.Min(released, balance.Reserved));
            var remaining = reservation.Quantity;
            if (remaining == 0)
                db.Reservations.Remove(reservation);
            await changes.SaveAsync([product], cancellationToken);
            return remaining;
        }, cancellationToken);
        return left > 0 ? await RowAsync(id, cancellationToken) : null;
    }

    private async Task<Reservation> Hold(Product product, StockBalance balance, Guid dealId, decimal quantity, string? comment,
        CancellationToken cancellationToken)
    {
        var reservation = db.Reservations.Local.FirstOrDefault(r => r.ProductId == product.Id && r.WarehouseId == balance.WarehouseId && r.DealId == dealId)
            ?? await db.Reservations.SingleOrDefaultAsync(
                r => r.ProductId == product.Id && r.WarehouseId == balance.WarehouseId && r.DealId == dealId, cancellationToken);
        if (reservation is null)
        {
            reservation = new Reservation(product.Id, balance.WarehouseId, dealId, quantity, comment);
            db.Reservations.Add(reservation);
        }
        else
        {
            reservation.Add(quantity, comment);
        }

        balance.Reserve(quantity);
        return reservation;
    }

    /// <summary>
    /// Runs <paramref name="work"/> holding the products' locks in a transaction: its own, or the caller's when there is one
    /// (an event handler runs inside the inbox's transaction).
    /// </summary>
    private async Task<T> InLockAsync<T>(IEnumerable<Guid> productIds, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        IDbContextTransaction? own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.LockProductsAsync(productIds, cancellationToken);
            var result = await work();
            if (own is not null)
                await own.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    private async Task<ReservationDto?> RowAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await (from r in Visible.AsNoTracking()
            join p in db.Products.AsNoTracking() on r.ProductId equals p.Id
            join w in db.Warehouses.AsNoTracking() on r.WarehouseId equals w.Id
            join d in db.Deals.AsNoTracking() on r.DealId equals d.Id into dealCopies
            from d in dealCopies.DefaultIfEmpty()
            join c in db.Companies.AsNoTracking() on d.CompanyId equals c.Id into companyCopies
            from c in companyCopies.DefaultIfEmpty()
            where r.Id == id
            select new ReservationDto(r.Id, p.Id, p.Sku, p.Name, p.Unit, w.Id, w.Name, r.DealId, r.Quantity, r.Comment, r.CreatedAt, r.CreatedBy,
                d == null ? null : d.Title, d == null ? null : d.CompanyId, c == null ? null : c.Name))
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : row with { CreatedByName = await db.People.NameOfAsync(row.CreatedBy, cancellationToken) };
    }
}
