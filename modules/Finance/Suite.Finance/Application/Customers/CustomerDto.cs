using Suite.Finance.Domain.Customers;

namespace Suite.Finance.Application.Customers;

internal sealed record CustomerDto(Guid Id, string Name, string? TaxId, string? Kpp, string? Address, Guid OwnerId)
{
    internal static CustomerDto From(Customer c) => new(c.Id, c.Name, c.TaxId, c.Kpp, c.Address, c.OwnerId);
}
