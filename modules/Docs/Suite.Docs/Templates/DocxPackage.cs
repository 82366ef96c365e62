using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Suite.Framework.Localization;

namespace Suite.Docs.Templates;

/// <summary>
/// Opens an uploaded Word template for filling, after checking that it is one: a zip (not a .doc, a PDF or a renamed
/// file) holding <c>word/document.xml</c>, not a macro-enabled document, and no bigger once unpacked than a template can
/// honestly be (a zip bomb would otherwise be unpacked into memory by OpenXml).
/// </summary>
internal static class DocxPackage
{
    /// <summary>A long contract with pictures is a few megabytes unpacked; this leaves room and stops a zip bomb.</summary>
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>The document opened for editing over a copy of the bytes, or the reason it cannot be.</summary>
    public static WordprocessingDocument? Open(byte[] docx, MemoryStream copy, out DocxTemplateError? error)
    {
        error = Inspect(docx);
        if (error is not null) return null;

        copy.Write(docx);
        copy.Position = 0;
        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(copy, isEditable: true);
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                error = Problem(Text.Pick(
                    "Шаблоны Word (.dotx) и документы с макросами (.docm) не принимаются: сохраните файл как документ Word (.docx).",
                    "Word templates (.dotx) and macro-enabled documents (.docm) are not accepted: save the file as a Word document (.docx)."));
            }
            else if (document.MainDocumentPart?.Document?.Body is null)
            {
                error = NotWord();
            }
            if (error is null) return document;
        }
        catch (Exception failure) when (IsUnreadable(failure))
        {
            error = NotWord();
        }
        document?.Dispose();
        return null;
    }

    /// <summary>Whether an exception means the package or one of its parts is damaged, rather than a fault of ours.</summary>
    public static bool IsUnreadable(Exception failure) =>
        failure is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException;

    public static DocxTemplateError NotWord() => Problem(Text.Pick(
        "Файл повреждён или не является документом Word (.docx).",
        "The file is damaged or is not a Word document (.docx)."));

    private static DocxTemplateError? Inspect(byte[] docx)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is null)
                return Problem(Text.Pick(
                    "Это zip-архив, но не документ Word: в нём нет word/document.xml.",
                    "This is a zip file but not a Word document: it has no word/document.xml."));

            // Unpack for real rather than trust the sizes the archive declares about itself.
            long unpacked = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                    if ((unpacked += read) > MaxUnpackedBytes)
                        return Problem(Text.Pick(
                            $"Документ слишком велик: распакованный, он больше {MaxUnpackedBytes / 1024 / 1024} МБ.",
                            $"The document is too large: unpacked, it is over {MaxUnpackedBytes / 1024 / 1024} MB."));
            }
            return null;
        }
        catch (Exception failure) when (failure is InvalidDataException or IOException or NotSupportedException)
        {
            return Problem(Text.Pick(
                "Это не документ Word (.docx): файл не является zip-архивом Office Open XML. Старые .doc сохраните в Word как .docx.",
                "This is not a Word document (.docx): the file is not an Office Open XML zip. Save an old .doc as .docx in Word."));
        }
    }

    private static DocxTemplateError Problem(string message) => new(TemplateErrorKind.File, "", message);
}
