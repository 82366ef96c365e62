namespace Suite.Framework.Modularity;

/// <summary>Declares the modules that must be configured and initialized before this one.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] modules) : Attribute
{
    public IReadOnlyList<Type> Modules { get; } = modules;
}
