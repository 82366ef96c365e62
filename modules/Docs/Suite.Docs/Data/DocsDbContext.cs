using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;

namespace Suite.Docs.Data;

public sealed class DocsDbContext(DbContextOptions<DocsDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, DocsDbProperties.Database);

internal sealed class DocsDesignTimeDbContextFactory() : DesignTimeDbContextFactory<DocsDbContext>(DocsDbProperties.Database)
{
    protected override DocsDbContext Create(DbContextOptions<DocsDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
