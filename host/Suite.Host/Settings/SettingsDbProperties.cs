using Suite.Framework.Data;

namespace Suite.Host.Settings;

public static class SettingsDbProperties
{
    public static readonly ModuleDatabase Database = new("settings", "settings", "Settings");
}
