namespace Suite.Framework.Domain;

/// <summary>
/// A business rule refused the operation (ship more than on hand, pay a cancelled invoice).
/// Becomes 409 problem details carrying the stable <see cref="Code"/>.
/// </summary>
public class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
