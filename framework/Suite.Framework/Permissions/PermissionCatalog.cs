namespace Suite.Framework.Permissions;

/// <summary>Every permission the modules define, collected once at start.</summary>
public sealed class PermissionCatalog
{
    public IReadOnlyList<PermissionDefinition> All { get; }

    public PermissionCatalog(IEnumerable<PermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers)
            provider.Define(context);
        All = context.Permissions;
    }

    public bool Exists(string name) => All.Any(p => p.Name == name);
}
