using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Tasks.Tests.Rules;

/// <summary>A host whose clock a test can move forward (to a known Friday), for the working-day due times.</summary>
public abstract class RulesHost(DatabaseProvider provider) : SuiteHost(provider)
{
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class RulesSqliteHost() : RulesHost(DatabaseProvider.Sqlite);

public sealed class RulesPostgreSqlHost() : RulesHost(DatabaseProvider.PostgreSql);
