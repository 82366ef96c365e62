namespace Suite.Docs.Templates;

/// <summary>Thrown by a helper or a blocked built-in when a template asks for something it may not have.</summary>
internal sealed class TemplateRefusal(string message, TemplateErrorKind kind = TemplateErrorKind.Refused) : Exception(message)
{
    public TemplateErrorKind Kind => kind;
}
