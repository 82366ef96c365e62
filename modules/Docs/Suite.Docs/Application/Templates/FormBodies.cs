namespace Suite.Docs.Application.Templates;

/// <summary>The default texts and options of a built-in form's template.</summary>
internal static class FormBodies
{
    public static string Default(string kind) => "# Язык документа: ru или en\nlanguage: ru\n";
}
