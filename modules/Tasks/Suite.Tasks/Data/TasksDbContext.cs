using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.People;
using Suite.Tasks.Domain.NextStep;
using Suite.Tasks.Application.NextStep;
using Suite.Tasks.Domain.Cards;
using Suite.Tasks.Domain.Projects;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Data;

public sealed class TasksDbContext(DbContextOptions<TasksDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, TasksDbProperties.Database)
{
    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<TaskParticipant> Participants => Set<TaskParticipant>();

    public DbSet<TaskComment> Comments => Set<TaskComment>();

    /// <summary>Each deal's last published next step and its version.</summary>
    public DbSet<DealNextTask> DealNextTasks => Set<DealNextTask>();
    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();

    /// <summary>Tasks' copies of the records tasks hang on.</summary>
    public DbSet<Card> Cards => Set<Card>();

    /// <summary>Copies of Suite's users: assignees by name, supervisors, roles for the least-loaded assignment.</summary>
    public DbSet<PersonCopy> People => Set<PersonCopy>();

    /// <summary>Every save that changes a deal's tasks also publishes the deal's next step, whichever path made the change.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DealNextTaskChanges.PublishAsync(this, Clock.GetUtcNow(), cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
    /// <summary>The company days the "deal without a next step" check has run for.</summary>
    public DbSet<NextStepCheck> NextStepChecks => Set<NextStepCheck>();
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
