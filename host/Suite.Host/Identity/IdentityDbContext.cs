using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.Framework.Data;

namespace Suite.Host.Identity;

/// <summary>Users, roles and the permissions roles grant (as role claims), in the "identity" schema.</summary>
public sealed class SuiteIdentityDbContext(DbContextOptions<SuiteIdentityDbContext> options)
    : IdentityDbContext<SuiteUser, SuiteRole, Guid>(options)
{
    public static readonly ModuleDatabase Module = new("identity", "identity", "Identity");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Database.IsNpgsql())
            builder.HasDefaultSchema(Module.Schema);

        var prefix = Module.TablePrefix;
        builder.Entity<SuiteUser>(b =>
        {
            b.ToTable(prefix + "Users");
            b.Property(u => u.Language).HasMaxLength(5);
        });
        builder.Entity<SuiteRole>().ToTable(prefix + "Roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable(prefix + "UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable(prefix + "UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable(prefix + "UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable(prefix + "UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable(prefix + "RoleClaims");
    }
}

/// <summary>For `dotnet ef migrations add`, on the provider <see cref="DesignTimeDatabase"/> names.</summary>
internal sealed class IdentityDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SuiteIdentityDbContext>
{
    public SuiteIdentityDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SuiteIdentityDbContext>();
        builder.UseSuiteDatabase(DesignTimeDatabase.FromEnvironment(), SuiteIdentityDbContext.Module);
        return new SuiteIdentityDbContext(builder.Options);
    }
}
