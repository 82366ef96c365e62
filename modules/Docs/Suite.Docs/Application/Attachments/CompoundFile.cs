using System.Text;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// Legacy Word and Excel files are OLE compound files, like installers (MSI) and other things that are not documents.
/// One is a document when its directory holds Word's or Excel's main stream; anything else in this wrapper is refused.
/// </summary>
internal static class CompoundFile
{
    public static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const int EntrySize = 128;
    private const int HeaderSize = 512;
    private const byte StreamObject = 2;

    /// <summary>Word or Excel, or null for another compound file.</summary>
    public static AttachmentType? Detect(Stream content)
    {
        // Directory entries are 128 bytes and sectors (512 or 4096 bytes) start at multiples of 128, so every entry
        // sits at a 128-byte boundary: look at each one rather than follow the sector chains.
        content.Position = HeaderSize;
        var entry = new byte[EntrySize];
        AttachmentType? found = null;
        while (found is null && content.ReadAtLeast(entry, EntrySize, throwOnEndOfStream: false) == EntrySize)
        {
            found = StreamName(entry) switch
            {
                "WordDocument" => AttachmentType.Doc,
                "Workbook" or "Book" => AttachmentType.Xls,
                _ => null,
            };
        }

        content.Position = 0;
        return found;
    }

    // An entry: the name in UTF-16 (64 bytes), its length in bytes with the terminating zero, the object type.
    private static string? StreamName(byte[] entry)
    {
        var nameLength = BitConverter.ToUInt16(entry, 64);
        if (nameLength is < 4 or > 64 || nameLength % 2 != 0 || entry[66] != StreamObject)
            return null;
        return Encoding.Unicode.GetString(entry, 0, nameLength - 2);
    }
}
