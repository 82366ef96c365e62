using Suite.Framework.Data;

namespace Suite.Crm.Data;

public static class CrmDbProperties
{
    public static readonly ModuleDatabase Database = new("crm", "crm", "Crm");
}
