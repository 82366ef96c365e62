using Microsoft.EntityFrameworkCore;

namespace Suite.Framework.People;

public static class PersonCopyModel
{
    /// <summary>Maps the module's copies of people to its own table, "&lt;prefix&gt;People".</summary>
    public static ModelBuilder ConfigurePeopleCopies(this ModelBuilder builder, string tablePrefix)
    {
        builder.Entity<PersonCopy>(b =>
        {
            b.ToTable(tablePrefix + "People");
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.UserName).HasMaxLength(256).IsRequired();
            b.Property(p => p.FullName).HasMaxLength(256).IsRequired();
            b.Property(p => p.Email).HasMaxLength(256);
            b.Property(p => p.Phone).HasMaxLength(64);
            b.Property(p => p.Position).HasMaxLength(256);
            b.Property(p => p.Roles).HasMaxLength(500).IsRequired();
            b.Property(p => p.SearchText).HasMaxLength(800).IsRequired();
            b.Ignore(p => p.RoleNames);
            b.HasIndex(p => new { p.IsActive, p.FullName });
        });
        return builder;
    }
}
