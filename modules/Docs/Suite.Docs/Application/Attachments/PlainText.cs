using System.Text;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// A text file (txt, csv): valid UTF-8 throughout, no NULs or other control characters than tabs, line and page breaks,
/// and not markup. A browser decides a file is HTML by a leading "&lt;" (after white space), so text that starts
/// with one (HTML, SVG, XML) is refused even under a .txt name.
/// </summary>
internal static class PlainText
{
    public static AttachmentType Detect(Stream content, string fileName)
    {
        content.Position = 0;
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        var seenFirst = false;
        try
        {
            int read;
            do
            {
                read = content.Read(bytes);
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
                foreach (var c in chars.AsSpan(0, count))
                {
                    if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f') || c == '\x7F')
                        throw AttachmentSniffer.Refused(fileName, Text.Pick(
                            "это не текст (в нём есть управляющие символы), и не другой разрешённый тип.",
                            "it is not text (it holds control characters) nor another allowed type."));
                    if (seenFirst || char.IsWhiteSpace(c) || c == '\uFEFF')
                        continue;
                    seenFirst = true;
                    if (c == '<')
                        throw AttachmentSniffer.Refused(fileName, Text.Pick(
                            "это разметка (HTML, SVG или XML), которую браузер может выполнить.",
                            "it is markup (HTML, SVG or XML) that a browser could run."));
                }
            }
            while (read > 0);
        }
        catch (DecoderFallbackException)
        {
            throw AttachmentSniffer.Refused(fileName, Text.Pick(
                "тип файла не из разрешённых (PDF, изображения, документы Office и OpenDocument, текст UTF-8, RTF, ZIP).",
                "its type is not one of the allowed ones (PDF, images, Office and OpenDocument files, UTF-8 text, RTF, zip)."));
        }

        content.Position = 0;
        // Between two kinds of text the name decides which one to offer; the bytes have already shown it is text.
        return string.Equals(Path.GetExtension(fileName), ".csv", StringComparison.OrdinalIgnoreCase)
            ? AttachmentType.Csv
            : AttachmentType.Text;
    }
}
