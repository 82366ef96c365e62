namespace Suite.Docs.Application.Generating;

/// <summary>A rendered document: its bytes, content type and file name extension.</summary>
internal sealed record RenderedFile(byte[] Content, string ContentType, string Extension)
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static RenderedFile OfPdf(byte[] content) => new(content, Pdf, ".pdf");
    public static RenderedFile OfDocx(byte[] content) => new(content, Docx, ".docx");
}
