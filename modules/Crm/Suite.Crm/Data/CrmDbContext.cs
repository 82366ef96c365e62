using Microsoft.EntityFrameworkCore;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Domain.Contacts;
using Suite.Crm.Domain.CustomFields;
using Suite.Crm.Domain.Imports;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.Dictionaries;
using Suite.Crm.Domain.Leads;
using Suite.Crm.Domain.Pipelines;
using Suite.Crm.Domain.Products;
using Suite.Crm.Domain.SalesFacts;
using Suite.Crm.Domain.SalesPlans;
using Suite.Crm.Domain.Settings;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Domain.WebForms;
using Suite.Framework.Data;
using Suite.Framework.People;

namespace Suite.Crm.Data;

public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, CrmDbProperties.Database)
{
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<LossReason> LossReasons => Set<LossReason>();
    public DbSet<Pipeline> Pipelines => Set<Pipeline>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<DealStageHistory> DealStageHistory => Set<DealStageHistory>();

    /// <summary>The board's, funnel's and ranking's counts and amounts, kept by every save that changes deals.</summary>
    public DbSet<DealCounter> DealCounters => Set<DealCounter>();

    /// <summary>Each deal's next step, from Tasks' events.</summary>
    public DbSet<DealNextTask> DealNextTasks => Set<DealNextTask>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<TimelineItem> TimelineItems => Set<TimelineItem>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<CustomFieldDefinition> CustomFieldDefinitions => Set<CustomFieldDefinition>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<WebForm> WebForms => Set<WebForm>();

    /// <summary>What was invoiced, paid and shipped, from Finance's and Stock's events: the base of the sales analytics.</summary>
    public DbSet<SalesFact> SalesFacts => Set<SalesFact>();
    public DbSet<SalesPlan> SalesPlans => Set<SalesPlan>();
    public DbSet<CrmSettings> Settings => Set<CrmSettings>();

    /// <summary>Crm's copies of Identity's users: owners' and authors' names, and who may be given records.</summary>
    public DbSet<PersonCopy> People => Set<PersonCopy>();

    /// <summary>
    /// Saves, and moves the deal counters by what the save changed in the deals, in one transaction: the caller's
    /// if it opened one, otherwise one of its own. No deal write can skip this, whichever service makes it.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var deltas = DealCounterDeltas.Of(ChangeTracker);
        if (deltas.IsEmpty)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        if (Database.CurrentTransaction is not null)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await deltas.ApplyAsync(this, cancellationToken);
            return written;
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        // Changes are accepted only after the commit: if the counters fail, the tracked deals still show as unsaved.
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        await deltas.ApplyAsync(this, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (acceptAllChangesOnSuccess)
            ChangeTracker.AcceptAllChanges();
        return saved;
    }

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
