using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;

namespace Suite.Framework.Modularity;

public sealed class ModuleServiceContext(IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
{
    public IServiceCollection Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;
    public DatabaseSettings Database { get; } = database;
}
