using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Suite.Docs.Tests;

/// <summary>Word files built as Word stores them (text split into runs), and read back with OpenXml.</summary>
internal static class DocxFiles
{
    public static byte[] Create(OpenXmlElement[] body, Paragraph? header = null, Paragraph? footer = null,
        WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            var section = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(header);
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(footer);
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            main.Document = new Document(new Body([.. body, section]));
        }
        return stream.ToArray();
    }

    public static byte[] Create(params OpenXmlElement[] body) => Create(body, null, null);

    public static Paragraph Paragraph(params OpenXmlElement[] content) => new(content);

    public static Paragraph Paragraph(string text) => new(Run(text));

    public static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Table Table(params TableRow[] rows) =>
        new([
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(rows[0].Elements<TableCell>().Select(_ => new GridColumn { Width = "1800" })),
            .. rows,
        ]);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(params Run[] runs) => new(new Paragraph(runs));

    public static TableCell Cell(string text) => Cell(Run(text));

    /// <summary>A zip that is not a Word document: the entries given, each with its text.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        return stream.ToArray();
    }

    /// <summary>The filled file as OpenXml reads it, with the problems OpenXml's validator finds in it.</summary>
    public sealed record Filled(Body Body, Header? Header, Footer? Footer, string DocumentXml, IReadOnlyList<string> ValidationErrors);

    public static Filled Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        return new Filled(
            (Body)main.Document.Body!.CloneNode(true),
            main.HeaderParts.FirstOrDefault()?.Header.CloneNode(true) as Header,
            main.FooterParts.FirstOrDefault()?.Footer.CloneNode(true) as Footer,
            main.Document.OuterXml,
            errors);
    }

    /// <summary>A paragraph's text as a reader sees it, with line breaks as newlines.</summary>
    public static string TextOf(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => "" }));

    public static List<string> Cells(TableRow row) => row.Elements<TableCell>().Select(TextOf).ToList();
}
