using Microsoft.EntityFrameworkCore;
using Suite.Crm.Domain.Companies;
using Suite.Framework.Data;

namespace Suite.Crm.Data;

public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, CrmDbProperties.Database)
{
    public DbSet<Company> Companies => Set<Company>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureCrm(Database.IsNpgsql());
    }
}

internal sealed class CrmDesignTimeDbContextFactory() : DesignTimeDbContextFactory<CrmDbContext>(CrmDbProperties.Database)
{
    protected override CrmDbContext Create(DbContextOptions<CrmDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
