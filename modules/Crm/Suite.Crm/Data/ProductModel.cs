using Microsoft.EntityFrameworkCore;
using Suite.Crm.Domain.Products;

namespace Suite.Crm.Data;

internal static class ProductModel
{
    public static void ConfigureProducts(this ModelBuilder builder, string prefix, bool postgreSql)
    {
        builder.Entity<Product>(b =>
        {
            b.ToTable(prefix + "Products");
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Sku).HasMaxLength(64).IsRequired();
            b.Property(p => p.Name).HasMaxLength(300).IsRequired();
            b.Property(p => p.Unit).HasMaxLength(20).IsRequired();
            b.Property(p => p.SalePrice).HasPrecision(18, 2);
            b.Property(p => p.SearchText).HasMaxLength(500).IsRequired();
            b.HasIndex(p => p.Name);
            if (postgreSql)
                b.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });
    }
}
