using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Warehouses;

/// <summary>A place goods are kept; every balance and move belongs to one.</summary>
public sealed class Warehouse : AuditedEntity
{
    private Warehouse() => Name = null!;

    public Warehouse(string name, string? address)
    {
        Name = name;
        Address = address;
    }

    public string Name { get; private set; }
    public string? Address { get; private set; }

    public void Update(string name, string? address)
    {
        Name = name;
        Address = address;
    }
}
