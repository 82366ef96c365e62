namespace Suite.Tasks.Templates;

/// <summary>Thrown by a blocked built-in (include, date.now) when a rule's template asks for it.</summary>
internal sealed class TaskTemplateRefusal(string message) : Exception(message);
