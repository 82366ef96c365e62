using Suite.Docs.Data;
using Suite.Framework.Data;
using Suite.Framework.Modularity;

namespace Suite.Docs;

/// <summary>Document templates, generated documents and attachments.</summary>
public sealed class DocsModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.AddModuleDbContext<DocsDbContext>(DocsDbProperties.Database);
}
