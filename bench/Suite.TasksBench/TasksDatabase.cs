using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Users;
using Suite.Tasks.Data;

namespace Suite.TasksBench;

/// <summary>The module's own DbContext on the bench database, as the host would make it, for the schema and the scan.</summary>
internal static class TasksDatabase
{
    public static TasksDbContext Open(string connectionString, TimeProvider clock)
    {
        var options = new DbContextOptionsBuilder<TasksDbContext>();
        options.UseSuiteDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString), TasksDbProperties.Database)
            // A branch may carry model changes whose migration its DbContext's owner adds later: the bench still runs.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new TasksDbContext(options.Options, new SuiteDbContextServices(new Nobody(), clock, new EventBusSignals()));
    }

    private sealed class Nobody : ICurrentUser
    {
        public Guid? Id => null;
        public string? UserName => null;
        public bool IsAuthenticated => false;
        public bool HasPermission(string permission) => false;
    }
}
