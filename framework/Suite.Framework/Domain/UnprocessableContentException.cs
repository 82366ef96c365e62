namespace Suite.Framework.Domain;

/// <summary>
/// The request is well formed but its content cannot be used: a template that does not compile, a file of a type that
/// is not allowed. Answered with 422 and the stable <see cref="BusinessRuleException.Code"/>.
/// </summary>
public sealed class UnprocessableContentException(string code, string message) : BusinessRuleException(code, message);
