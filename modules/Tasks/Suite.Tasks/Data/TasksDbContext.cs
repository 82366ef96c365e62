using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.People;
using Suite.Tasks.Domain.Cards;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Data;

public sealed class TasksDbContext(DbContextOptions<TasksDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, TasksDbProperties.Database)
{
    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<TaskParticipant> Participants => Set<TaskParticipant>();

    public DbSet<TaskComment> Comments => Set<TaskComment>();

    /// <summary>Tasks' copies of the records tasks hang on.</summary>
    public DbSet<Card> Cards => Set<Card>();

    /// <summary>Copies of Suite's users: assignees by name, supervisors, roles for the least-loaded assignment.</summary>
    public DbSet<PersonCopy> People => Set<PersonCopy>();

    public DbSet<TaskRule> TaskRules => Set<TaskRule>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureTasks();
    }
}

internal sealed class TasksDesignTimeDbContextFactory() : DesignTimeDbContextFactory<TasksDbContext>(TasksDbProperties.Database)
{
    protected override TasksDbContext Create(DbContextOptions<TasksDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
