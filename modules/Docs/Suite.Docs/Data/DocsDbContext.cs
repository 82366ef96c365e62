using Microsoft.EntityFrameworkCore;
using Suite.Docs.Domain.Documents;
using Suite.Framework.Data;

namespace Suite.Docs.Data;

public sealed class DocsDbContext(DbContextOptions<DocsDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, DocsDbProperties.Database)
{
    public DbSet<Document> Documents => Set<Document>();

    /// <summary>Documents' bytes in server mode (PostgreSQL); the embedded mode keeps them in a folder instead.</summary>
    public DbSet<StoredFile> Files => Set<StoredFile>();

    /// <summary>Documents e-mailed to clients.</summary>
    public DbSet<DocumentDispatch> Dispatches => Set<DocumentDispatch>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureDocs();
    }
}

internal sealed class DocsDesignTimeDbContextFactory() : DesignTimeDbContextFactory<DocsDbContext>(DocsDbProperties.Database)
{
    protected override DocsDbContext Create(DbContextOptions<DocsDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
