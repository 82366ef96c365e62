using System.Globalization;
using System.Text;
using Suite.Docs.Domain.Attachments;

namespace Suite.Docs.Application.Attachments;

/// <summary>The name a file is kept and downloaded under: the browser's name without folders, control or direction characters, not too long.</summary>
internal static class AttachmentFileName
{
    public const string Fallback = "file";

    public static string Sanitise(string? name)
    {
        // Only the last part of "C:\Users\…\a.pdf" or "../../a.pdf": a name never carries a place.
        var last = (name ?? "").Split('/', '\\').Last();
        var kept = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            var category = char.GetUnicodeCategory(c);
            // Control characters break headers; format characters (U+202E right-to-left override…) disguise
            // "invoice‮fdp.exe" as "invoiceexe.pdf".
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator)
                continue;
            kept.Append(c);
        }

        var clean = kept.ToString().Trim().Trim('.').Trim();
        if (clean.Length == 0)
            return Fallback;
        if (clean.Length <= Attachment.MaxFileNameLength)
            return clean;
        // Too long: shorten the stem and keep the extension, which is what people read.
        var extension = Path.GetExtension(clean);
        if (extension.Length > 20)
            extension = "";
        var stem = clean[..^extension.Length];
        var room = Attachment.MaxFileNameLength - extension.Length;
        if (char.IsHighSurrogate(stem[room - 1]))
            room--;
        return stem[..room].TrimEnd() + extension;
    }
}
