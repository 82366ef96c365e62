namespace Suite.Docs.Templates;

/// <summary>
/// One problem in a Word template. A .docx has no lines and columns a reader can find, so the place names the part, the
/// paragraph or table cell and quotes its text: <c>Body, table 1, row 2, cell 3: «{{ line.nme }}»</c>.
/// </summary>
internal sealed record DocxTemplateError(TemplateErrorKind Kind, string Place, string Message)
{
    public override string ToString() => Place.Length > 0 ? $"{Place}: {Message}" : Message;
}
