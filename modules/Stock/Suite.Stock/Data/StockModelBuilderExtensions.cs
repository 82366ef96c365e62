using Microsoft.EntityFrameworkCore;
using Suite.Framework.People;
using Suite.Framework.Data;
using Suite.Stock.Domain.Companies;
using Suite.Stock.Domain.Deals;
using Suite.Stock.Domain.Documents;
using Suite.Stock.Domain.Ledger;
using Suite.Stock.Domain.Products;
using Suite.Stock.Domain.Reservations;
using Suite.Stock.Domain.Settings;
using Suite.Stock.Domain.Warehouses;

namespace Suite.Stock.Data;

internal static class StockModelBuilderExtensions
{
    public static void ConfigureStock(this ModelBuilder builder, bool postgreSql)
    {
        var prefix = StockDbProperties.Database.TablePrefix;
        builder.ConfigurePeopleCopies(prefix);
        if (postgreSql)
            builder.HasPostgresExtension("pg_trgm");

        builder.Entity<Product>(b =>
        {
            b.ToTable(prefix + "Products");
            b.ConfigureAudited();
            b.Property(p => p.Sku).HasMaxLength(64).IsRequired();
            b.Property(p => p.Name).HasMaxLength(300).IsRequired();
            b.Property(p => p.Unit).HasMaxLength(20).IsRequired();
            b.Property(p => p.Barcode).HasMaxLength(64);
            b.Property(p => p.Category).HasMaxLength(100);
            b.Property(p => p.SalePrice).HasPrecision(18, 2);
            b.Property(p => p.VatRate).HasPrecision(5, 2);
            b.Property(p => p.MinQuantity).HasPrecision(18, 3);
            b.Property(p => p.ValuationMethod).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.SearchText).HasMaxLength(450).IsRequired();
            b.HasIndex(p => p.Sku).IsUnique();
            b.HasIndex(p => p.Barcode).IsUnique();
            b.HasIndex(p => p.Name);
            b.HasIndex(p => p.Category);
            // The substring search of the products and balances lists (docs/bench-stock.md), as Crm's companies have it.
            if (postgreSql)
                b.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        builder.Entity<LowStockAlert>(b =>
        {
            b.ToTable(prefix + "LowStockAlerts");
            b.HasKey(a => a.ProductId);
        });

        builder.Entity<Warehouse>(b =>
        {
            b.ToTable(prefix + "Warehouses");
            b.ConfigureAudited();
            b.Property(w => w.Name).HasMaxLength(200).IsRequired();
            b.Property(w => w.Address).HasMaxLength(500);
            b.HasIndex(w => w.Name).IsUnique();
        });

        builder.Entity<StockDocument>(b =>
        {
            b.ToTable(prefix + "Documents");
            b.ConfigureAudited();
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.Number).HasMaxLength(20).IsRequired();
            b.Property(d => d.Reason).HasMaxLength(500);
            b.Property(d => d.Comment).HasMaxLength(1000);
            b.Property(d => d.TotalCost).HasPrecision(18, 2);
            b.HasIndex(d => new { d.Kind, d.Number }).IsUnique();
            b.HasIndex(d => d.Date);
            b.HasIndex(d => d.DealId);
            b.HasIndex(d => d.CompanyId);
            b.HasOne<Warehouse>().WithMany().HasForeignKey(d => d.WarehouseId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Warehouse>().WithMany().HasForeignKey(d => d.TargetWarehouseId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(d => d.Lines).AutoInclude();
        });

        builder.Entity<StockDocumentLine>(b =>
        {
            b.ToTable(prefix + "DocumentLines");
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.Quantity).HasPrecision(18, 3);
            b.Property(l => l.BookQuantity).HasPrecision(18, 3);
            b.Property(l => l.UnitCost).HasPrecision(18, 4);
            b.Property(l => l.Cost).HasPrecision(18, 2);
            b.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(l => new { l.DocumentId, l.LineNo });
        });

        builder.Entity<DocumentNumberCounter>(b =>
        {
            b.ToTable(prefix + "DocumentNumbers");
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            b.HasKey(c => c.Kind);
        });

        builder.Entity<StockBalance>(b =>
        {
            b.ToTable(prefix + "Balances", t =>
            {
                // The last line of defence: whatever the code does, the database keeps stock from going negative.
                t.HasCheckConstraint("CK_StockBalances_OnHand", "\"OnHand\" >= 0");
                t.HasCheckConstraint("CK_StockBalances_Reserved", "\"Reserved\" >= 0");
                t.HasCheckConstraint("CK_StockBalances_Value", "\"Value\" >= 0");
            });
            b.HasKey(x => new { x.ProductId, x.WarehouseId });
            b.Property(x => x.OnHand).HasPrecision(18, 3);
            b.Property(x => x.Reserved).HasPrecision(18, 3);
            b.Property(x => x.Value).HasPrecision(18, 2);
            b.Property(x => x.LastUnitCost).HasPrecision(18, 4);
            b.Ignore(x => x.Available);
            b.Ignore(x => x.UnitCost);
            b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Warehouse>().WithMany().HasForeignKey(x => x.WarehouseId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => x.WarehouseId);
            // The balances page (docs/bench-stock.md): its count reads the balances in stock from this index alone, and its
            // "value desc" sort walks the value index instead of sorting every balance.
            b.HasIndex(x => new { x.WarehouseId, x.ProductId }, "IX_StockBalances_InStock").HasFilter("\"OnHand\" > 0 OR \"Reserved\" > 0");
            b.HasIndex(x => x.Value);
        });

        builder.Entity<StockMove>(b =>
        {
            b.ToTable(prefix + "Moves");
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.Quantity).HasPrecision(18, 3);
            b.Property(m => m.QuantityAfter).HasPrecision(18, 3);
            b.Property(m => m.Value).HasPrecision(18, 2);
            b.Property(m => m.ValueAfter).HasPrecision(18, 2);
            b.HasIndex(m => new { m.ProductId, m.WarehouseId, m.Sequence }).IsUnique();
            b.HasIndex(m => m.DocumentId);
            b.HasIndex(m => new { m.WarehouseId, m.PostedAt });
        });

        builder.Entity<CostLayer>(b =>
        {
            b.ToTable(prefix + "CostLayers", t =>
            {
                t.HasCheckConstraint("CK_StockCostLayers_RemainingQuantity", "\"RemainingQuantity\" >= 0");
                t.HasCheckConstraint("CK_StockCostLayers_RemainingValue", "\"RemainingValue\" >= 0");
            });
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.Quantity).HasPrecision(18, 3);
            b.Property(l => l.RemainingQuantity).HasPrecision(18, 3);
            b.Property(l => l.Value).HasPrecision(18, 2);
            b.Property(l => l.RemainingValue).HasPrecision(18, 2);
            b.HasIndex(l => new { l.ProductId, l.WarehouseId, l.Sequence });
        });

        builder.Entity<Reservation>(b =>
        {
            b.ToTable(prefix + "Reservations", t => t.HasCheckConstraint("CK_StockReservations_Quantity", "\"Quantity\" >= 0"));
            b.ConfigureAudited();
            b.Property(r => r.Quantity).HasPrecision(18, 3);
            b.Property(r => r.Comment).HasMaxLength(500);
            b.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Warehouse>().WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(r => new { r.ProductId, r.WarehouseId, r.DealId }).IsUnique();
            b.HasIndex(r => r.DealId);
        });

        builder.Entity<Deal>(b =>
        {
            b.ToTable(prefix + "Deals");
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.Title).HasMaxLength(300).IsRequired();
            b.Property(d => d.SearchText).HasMaxLength(300).IsRequired();
            b.Property(d => d.Status).HasMaxLength(10).IsRequired();
            b.HasIndex(d => new { d.OwnerId, d.Title });
            b.HasIndex(d => d.CompanyId);
        });

        builder.Entity<Company>(b =>
        {
            b.ToTable(prefix + "Companies");
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Name).HasMaxLength(300).IsRequired();
            b.Property(c => c.TaxId).HasMaxLength(12);
            b.Property(c => c.SearchText).HasMaxLength(400).IsRequired();
            b.HasIndex(c => new { c.OwnerId, c.Name });
        });

        builder.Entity<StockSettings>(b =>
        {
            b.ToTable(prefix + "Settings");
            b.ConfigureAudited();
            b.Property(s => s.DefaultValuationMethod).HasConversion<string>().HasMaxLength(20);
        });
    }
}
