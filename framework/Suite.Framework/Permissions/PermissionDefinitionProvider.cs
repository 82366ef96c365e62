namespace Suite.Framework.Permissions;

/// <summary>Each module lists the permissions it checks, so roles can be granted them and an admin can see them.</summary>
public abstract class PermissionDefinitionProvider
{
    public abstract void Define(PermissionDefinitionContext context);
}

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionDefinition> _permissions = [];

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    /// <param name="grantedTo">Shipped roles that get the permission when roles are first seeded; admin gets every permission.</param>
    public PermissionDefinitionContext Add(string group, string name, string displayName, params string[] grantedTo)
    {
        if (_permissions.Any(p => p.Name == name))
            throw new InvalidOperationException($"Permission {name} is defined twice.");
        _permissions.Add(new PermissionDefinition(name, displayName, group, grantedTo));
        return this;
    }
}
