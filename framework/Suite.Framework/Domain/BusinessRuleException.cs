namespace Suite.Framework.Domain;

/// <summary>
/// A business rule refused the operation (ship more than on hand, pay a cancelled invoice).
/// Becomes 409 problem details carrying the stable <see cref="Code"/>.
/// </summary>
public class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>
    /// What the client needs to act on the refusal beyond the message (which products are short, by how much);
    /// written as extra members of the problem details.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();
}
