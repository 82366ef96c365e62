using System.IO.Compression;
using System.Text;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// Zip files and what is built on them (docx/xlsx/pptx, odt/ods/odp), checked for bombs before anyone opens them:
/// the entry count from the end record before the directory is read, the declared sizes and ratios from the central
/// directory, then every entry really unpacked through a counting stream, because declared sizes can lie. A zip may
/// hold zips one level deep, no deeper (42.zip-like nesting is refused).
/// </summary>
internal static class ZipInspection
{
    public const int MaxEntries = 10_000;
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;
    public const int MaxRatio = 100;

    /// <summary>Small entries may compress as well as they like (an empty sheet, a run of spaces): the ratio counts from here.</summary>
    public const long RatioCheckedFrom = 1024 * 1024;

    /// <summary>A zip inside a zip is unpacked into memory to be inspected in turn: no bigger than this.</summary>
    private const long MaxNestedZipBytes = 32L * 1024 * 1024;

    private const int EndRecordSize = 22;

    public static AttachmentType Detect(Stream content, string fileName)
    {
        content.Position = 0;
        var entries = DeclaredEntryCount(content);
        if (entries is null)
            throw Damaged(fileName);
        if (entries > MaxEntries)
            throw TooManyEntries(fileName);

        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            Inspect(archive, fileName, depth: 0, new Budget());
            return Kind(archive, fileName);
        }
        catch (InvalidDataException)
        {
            throw Damaged(fileName);
        }
        catch (NotSupportedException)
        {
            // Encrypted entries or a compression method .NET does not unpack: nothing to inspect, so nothing to keep.
            throw Damaged(fileName);
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static void Inspect(ZipArchive archive, string fileName, int depth, Budget budget)
    {
        if (archive.Entries.Count > MaxEntries)
            throw TooManyEntries(fileName);
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            if (declared > MaxUnpackedBytes)
                throw TooBig(fileName);
            if (entry.Length > RatioCheckedFrom && entry.Length > (entry.CompressedLength + 1) * MaxRatio)
                throw AttachmentSniffer.Refused(fileName, Text.Pick(
                    $"«{entry.FullName}» сжат более чем в {MaxRatio} раз — так выглядит zip-бомба.",
                    $"'{entry.FullName}' is compressed more than {MaxRatio} to 1, as zip bombs are."));
        }

        var buffer = new byte[81920];
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            var first = stream.ReadAtLeast(buffer, 4, throwOnEndOfStream: false);
            Count(entry, first, first, budget, fileName);
            if (first >= 4 && (buffer.AsSpan(0, 4).SequenceEqual("PK\x03\x04"u8) || buffer.AsSpan(0, 4).SequenceEqual("PK\x05\x06"u8)))
            {
                if (depth >= 1)
                    throw AttachmentSniffer.Refused(fileName, Text.Pick(
                        "в нём архив в архиве в архиве — так выглядит zip-бомба.", "it holds a zip in a zip in a zip, as zip bombs do."));
                InspectNested(entry, stream, buffer.AsSpan(0, first), fileName, budget);
                continue;
            }

            long total = first;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                Count(entry, total, read, budget, fileName);
            }
        }
    }

    private static void InspectNested(ZipArchiveEntry entry, Stream stream, ReadOnlySpan<byte> first, string fileName, Budget budget)
    {
        using var nested = new MemoryStream();
        nested.Write(first);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            Count(entry, nested.Length + read, read, budget, fileName);
            if (nested.Length + read > MaxNestedZipBytes)
                throw TooBig(fileName);
            nested.Write(buffer, 0, read);
        }

        nested.Position = 0;
        if (DeclaredEntryCount(nested) is not { } count)
            throw Damaged(fileName);
        if (count > MaxEntries)
            throw TooManyEntries(fileName);
        using var archive = new ZipArchive(nested, ZipArchiveMode.Read, leaveOpen: true);
        Inspect(archive, fileName, depth: 1, budget);
    }

    // Unpacked bytes: an entry holding more than it declares is refused, and all of them together are capped.
    private static void Count(ZipArchiveEntry entry, long entryTotal, int read, Budget budget, string fileName)
    {
        if (entryTotal > entry.Length)
            throw Damaged(fileName);
        budget.Unpacked += read;
        if (budget.Unpacked > MaxUnpackedBytes)
            throw TooBig(fileName);
    }

    private static AttachmentType Kind(ZipArchive archive, string fileName)
    {
        var names = archive.Entries.Select(e => e.FullName).ToList();
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            throw AttachmentSniffer.Refused(fileName, Text.Pick("в документе есть макросы.", "the document holds macros."));
        if (names.Contains("[Content_Types].xml"))
        {
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                return AttachmentType.Docx;
            if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                return AttachmentType.Xlsx;
            if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
                return AttachmentType.Pptx;
        }

        if (archive.GetEntry("mimetype") is { } mimetype)
        {
            using var stream = mimetype.Open();
            var bytes = new byte[100];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            var type = Encoding.ASCII.GetString(bytes, 0, read).Trim();
            if (type == AttachmentType.Odt.ContentType)
                return AttachmentType.Odt;
            if (type == AttachmentType.Ods.ContentType)
                return AttachmentType.Ods;
            if (type == AttachmentType.Odp.ContentType)
                return AttachmentType.Odp;
        }

        return AttachmentType.Zip;
    }

    /// <summary>The entry count of the end-of-central-directory record (at most 65,535; zip64 says 0xFFFF), or null when there is none.</summary>
    private static int? DeclaredEntryCount(Stream content)
    {
        // The record is the last thing in the file, after a comment of at most 65,535 bytes.
        var tail = (int)Math.Min(content.Length, EndRecordSize + ushort.MaxValue);
        var bytes = new byte[tail];
        content.Position = content.Length - tail;
        content.ReadExactly(bytes);
        content.Position = 0;
        for (var at = tail - EndRecordSize; at >= 0; at--)
        {
            if (bytes.AsSpan(at, 4).SequenceEqual("PK\x05\x06"u8))
                return BitConverter.ToUInt16(bytes, at + 10);
        }

        return null;
    }

    private static UnprocessableContentException TooManyEntries(string fileName) => AttachmentSniffer.Refused(fileName, Text.Pick(
        $"в архиве больше {MaxEntries:N0} файлов.", $"the zip holds more than {MaxEntries:N0} files."));

    private static UnprocessableContentException TooBig(string fileName) => AttachmentSniffer.Refused(fileName, Text.Pick(
        $"архив распаковывается больше чем в {MaxUnpackedBytes / 1024 / 1024} МБ — так выглядит zip-бомба.",
        $"the zip unpacks to more than {MaxUnpackedBytes / 1024 / 1024} MB, as zip bombs do."));

    private static UnprocessableContentException Damaged(string fileName) => AttachmentSniffer.Refused(fileName, Text.Pick(
        "архив повреждён, зашифрован или его размеры не сходятся с содержимым.",
        "the zip is damaged, encrypted or its sizes do not match what it holds."));

    private sealed class Budget
    {
        public long Unpacked { get; set; }
    }
}
