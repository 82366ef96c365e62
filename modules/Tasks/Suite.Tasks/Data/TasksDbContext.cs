using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;

namespace Suite.Tasks.Data;

public sealed class TasksDbContext(DbContextOptions<TasksDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, TasksDbProperties.Database);

internal sealed class TasksDesignTimeDbContextFactory() : DesignTimeDbContextFactory<TasksDbContext>(TasksDbProperties.Database)
{
    protected override TasksDbContext Create(DbContextOptions<TasksDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
