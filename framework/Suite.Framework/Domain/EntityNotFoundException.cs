namespace Suite.Framework.Domain;

/// <summary>The record does not exist or the current user may not see it; both are 404, so nothing leaks.</summary>
public sealed class EntityNotFoundException(string entityName, object id)
    : Exception(Localization.Text.Pick($"{entityName} '{id}' не найден(а).", $"{entityName} '{id}' was not found."))
{
    public string EntityName { get; } = entityName;
}
