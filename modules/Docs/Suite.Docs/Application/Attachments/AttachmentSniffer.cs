using System.Text;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// Tells an upload's type from its bytes (magic numbers and a look inside containers), never from its name or the
/// browser's Content-Type, against the allow-list of docs/api-docs.md. Anything else is refused, executables and
/// markup a browser could run (HTML, SVG) by name.
/// </summary>
internal static class AttachmentSniffer
{
    /// <summary>The type of <paramref name="content"/> (a seekable spool of the whole upload), or a refusal naming the file.</summary>
    public static AttachmentType Detect(Stream content, string fileName)
    {
        content.Position = 0;
        var head = new byte[64];
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var h = head.AsSpan(0, length);
        content.Position = 0;

        if (length == 0)
            throw Refused(fileName, Text.Pick("он пустой.", "it is empty."));
        if (h.StartsWith("%PDF-"u8))
            return AttachmentType.Pdf;
        if (h.StartsWith(PngSignature))
            return AttachmentType.Png;
        if (h.StartsWith(JpegSignature))
            return AttachmentType.Jpeg;
        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
            return AttachmentType.Gif;
        if (length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
            return AttachmentType.Webp;
        if (IsBmp(h))
            return AttachmentType.Bmp;
        if (h.StartsWith("II*\0"u8) || h.StartsWith("MM\0*"u8))
            return AttachmentType.Tiff;
        if (h.StartsWith("PK\x03\x04"u8) || h.StartsWith("PK\x05\x06"u8))
            return ZipInspection.Detect(content, fileName);
        if (h.StartsWith(CompoundFile.Signature))
            return CompoundFile.Detect(content)
                ?? throw Refused(fileName, Text.Pick(
                    "это не документ Word или Excel (другой файл формата OLE, например установщик).",
                    "it is not a Word or Excel document (another OLE file, such as an installer)."));
        if (h.StartsWith(@"{\rtf"u8))
            return AttachmentType.Rtf;
        if (h.StartsWith("#!"u8))
            throw Refused(fileName, Text.Pick("это сценарий (#!), его можно запустить.", "it is a script (#!) that could be run."));
        if (IsExecutable(h))
            throw Refused(fileName, Text.Pick("это исполняемая программа.", "it is an executable program."));
        return PlainText.Detect(content, fileName);
    }

    public const string TypeNotAllowedCode = "Docs.Attachment.TypeNotAllowed";

    /// <summary>422 naming the file; <paramref name="reason"/> is the bilingual why ("it is an executable program.").</summary>
    public static UnprocessableContentException Refused(string fileName, string reason) => new(TypeNotAllowedCode,
        Text.Pick($"Файл «{fileName}» нельзя прикрепить: {reason}", $"The file '{fileName}' cannot be attached: {reason}"));

    // "BM", reserved zeros and a DIB header size a BMP can have: "BM" alone would take a text starting "BMW…" for an image.
    private static bool IsBmp(ReadOnlySpan<byte> h) =>
        h.Length >= 18 && h.StartsWith("BM"u8) && h[6..10].IndexOfAnyExcept((byte)0) < 0
        && BitConverter.ToUInt32(h[14..18]) is 12 or 40 or 52 or 56 or 64 or 108 or 124;

    // Windows (MZ), Linux (ELF), macOS (Mach-O, also universal binaries and Java classes: CAFEBABE).
    private static bool IsExecutable(ReadOnlySpan<byte> h) =>
        h.StartsWith("MZ"u8) || h.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])
        || h.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE]) || h.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
        || h.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) || h.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
        || h.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]);

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
}
