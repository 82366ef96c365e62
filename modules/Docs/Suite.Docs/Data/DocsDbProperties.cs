using Suite.Framework.Data;

namespace Suite.Docs.Data;

public static class DocsDbProperties
{
    public static readonly ModuleDatabase Database = new("docs", "docs", "Docs");
}
