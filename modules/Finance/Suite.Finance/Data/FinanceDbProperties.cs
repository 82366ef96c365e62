using Suite.Framework.Data;

namespace Suite.Finance.Data;

public static class FinanceDbProperties
{
    public static readonly ModuleDatabase Database = new("finance", "finance", "Finance");
}
