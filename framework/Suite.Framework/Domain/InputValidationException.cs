namespace Suite.Framework.Domain;

/// <summary>Input that breaks a field rule found after binding (a duplicate name, an unknown reference). Becomes 400.</summary>
public sealed class InputValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static InputValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
