namespace Suite.Docs.Templates;

/// <summary>The filled Word document, or the errors that stopped it (never both: a half-filled file is not returned).</summary>
internal sealed record DocxFilling(byte[]? Docx, IReadOnlyList<DocxTemplateError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static DocxFilling Of(byte[] docx) => new(docx, []);
    public static DocxFilling Failed(params DocxTemplateError[] errors) => new(null, errors);
}
