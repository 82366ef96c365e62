namespace Suite.Docs.Templates;

/// <summary>Why a template did not render: the editor shows each kind differently, the API answers 422 for all.</summary>
internal enum TemplateErrorKind
{
    /// <summary>The text is not a valid template.</summary>
    Syntax,
    /// <summary>The template asked for a name that is not a field or a helper, or a helper refused its value.</summary>
    Runtime,
    /// <summary>The template asked for something documents may not do: include, date.now.</summary>
    Refused,
    /// <summary>A loop ran past the iteration limit.</summary>
    LoopLimit,
    /// <summary>Functions called themselves too deep.</summary>
    RecursionLimit,
    /// <summary>The text grew past the output limit.</summary>
    OutputLimit,
    /// <summary>Rendering took longer than the time limit.</summary>
    Timeout,
    /// <summary>An uploaded template is not a Word document (.docx) that can be filled.</summary>
    File,
}
