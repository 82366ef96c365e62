using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Suite.Framework.Data;

/// <summary>
/// A module DbContext's model depends on its <see cref="ModuleDatabase"/> (schema, table prefix), not only on
/// its type; EF's default cache key would hand one context type's first model to every later instance.
/// </summary>
internal sealed class ModuleModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is SuiteDbContext module
            ? (context.GetType(), module.Module, designTime)
            : (context.GetType(), designTime);
}
