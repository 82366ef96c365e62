using Microsoft.EntityFrameworkCore;
using Suite.Docs.Domain.Attachments;
using Suite.Docs.Domain.Automations;
using Suite.Docs.Domain.Cards;
using Suite.Docs.Domain.Documents;
using Suite.Docs.Domain.Templates;
using Suite.Framework.Data;
using Suite.Framework.People;

namespace Suite.Docs.Data;

public sealed class DocsDbContext(DbContextOptions<DocsDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, DocsDbProperties.Database)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<Template> Templates => Set<Template>();

    public DbSet<DocumentSeries> DocumentSeries => Set<DocumentSeries>();

    public DbSet<DocumentAutomation> DocumentAutomations => Set<DocumentAutomation>();

    /// <summary>Docs' copies of the records documents and attachments belong to.</summary>
    public DbSet<Card> Cards => Set<Card>();

    /// <summary>Copies of Suite's users, to print and show people by name.</summary>
    public DbSet<PersonCopy> People => Set<PersonCopy>();

    /// <summary>Documents' bytes in server mode (PostgreSQL); the embedded mode keeps them in a folder instead.</summary>
    public DbSet<StoredFile> Files => Set<StoredFile>();

    /// <summary>Documents e-mailed to clients.</summary>
    public DbSet<DocumentDispatch> Dispatches => Set<DocumentDispatch>();

    /// <summary>Files attached to cards.</summary>
    public DbSet<Attachment> Attachments => Set<Attachment>();

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
