using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Stock.Data;
using Suite.Stock.Domain.Warehouses;

namespace Suite.Stock.Application.Warehouses;

internal sealed record WarehouseDto(Guid Id, string Name, string? Address, DateTimeOffset CreatedAt, string ConcurrencyStamp)
{
    internal static WarehouseDto From(Warehouse w) => new(w.Id, w.Name, w.Address, w.CreatedAt, w.ConcurrencyStamp);
}

internal sealed record WarehouseInput
{
    public string? Name { get; init; }
    public string? Address { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

internal sealed class WarehouseInputValidator : AbstractValidator<WarehouseInput>
{
    public WarehouseInputValidator()
    {
        RuleFor(w => w.Name).NotEmpty().WithMessage(_ => Text.Pick("Введите название склада.", "Enter the warehouse name.")).MaximumLength(200);
        RuleFor(w => w.Address).MaximumLength(500);
    }
}

internal sealed class WarehouseService(StockDbContext db)
{
    public const string DuplicateName = "Stock.Warehouse.DuplicateName";
    public const string InUse = "Stock.Warehouse.InUse";

    private static readonly SortMap<Warehouse> Sorting = new SortMap<Warehouse>("name")
        .Add("name", w => w.Name)
        .Add("createdAt", w => w.CreatedAt);

    public Task<PagedResult<WarehouseDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var query = db.Warehouses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim();
            query = query.Where(w => w.Name.Contains(term) || (w.Address != null && w.Address.Contains(term)));
        }

        return query.ToPageAsync(request, Sorting, WarehouseDto.From, cancellationToken);
    }

    public async Task<WarehouseDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        WarehouseDto.From(await FindAsync(id, cancellationToken));

    public async Task<WarehouseDto> CreateAsync(WarehouseInput input, CancellationToken cancellationToken)
    {
        var name = input.Name!.Trim();
        await EnsureUniqueAsync(name, null, cancellationToken);
        var warehouse = new Warehouse(name, Clean(input.Address));
        db.Warehouses.Add(warehouse);
        await db.SaveChangesAsync(cancellationToken);
        return WarehouseDto.From(warehouse);
    }

    public async Task<WarehouseDto> UpdateAsync(Guid id, WarehouseInput input, CancellationToken cancellationToken)
    {
        var warehouse = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(warehouse, input.ConcurrencyStamp);
        var name = input.Name!.Trim();
        await EnsureUniqueAsync(name, id, cancellationToken);
        warehouse.Update(name, Clean(input.Address));
        await db.SaveChangesAsync(cancellationToken);
        return WarehouseDto.From(warehouse);
    }

    /// <summary>A warehouse that has documents keeps its history: it cannot be deleted.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var warehouse = await FindAsync(id, cancellationToken);
        if (await db.Documents.AnyAsync(d => d.WarehouseId == id || d.TargetWarehouseId == id, cancellationToken) ||
            await db.Reservations.AnyAsync(r => r.WarehouseId == id, cancellationToken))
            throw new BusinessRuleException(InUse, Text.Pick(
                "По складу есть документы, удалить его нельзя.", "The warehouse has stock documents and cannot be deleted."));
        db.Warehouses.Remove(warehouse);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Warehouse> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Warehouses.FindAsync([id], cancellationToken)
        ?? throw new EntityNotFoundException("Warehouse", id);

    private async Task EnsureUniqueAsync(string name, Guid? id, CancellationToken cancellationToken)
    {
        if (await db.Warehouses.AnyAsync(w => w.Name == name && w.Id != id, cancellationToken))
            throw new BusinessRuleException(DuplicateName, Text.Pick(
                $"Склад «{name}» уже есть.", $"There is already a warehouse named \"{name}\"."));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
