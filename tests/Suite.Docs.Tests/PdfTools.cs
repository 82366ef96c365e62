using System.Diagnostics;
using System.Text;

namespace Suite.Docs.Tests;

/// <summary>Reads a rendered PDF back with poppler (pdftotext, pdftoppm) and zbar (zbarimg), as a person's tools would.</summary>
internal static class PdfTools
{
    public static string Text(byte[] pdf, int? page = null)
    {
        using var file = new TempFile(pdf, ".pdf");
        var range = page is { } p ? $"-f {p} -l {p} " : "";
        // No-break spaces (thousands in Russian amounts) read as plain spaces, so assertions read naturally.
        return Encoding.UTF8.GetString(Run("pdftotext", $"-layout -enc UTF-8 {range}\"{file.Path}\" -")).Replace('\u00A0', ' ');
    }

    public static int PageCount(byte[] pdf)
    {
        using var file = new TempFile(pdf, ".pdf");
        var info = Encoding.UTF8.GetString(Run("pdfinfo", $"\"{file.Path}\""));
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:"));
        return int.Parse(line["Pages:".Length..].Trim());
    }

    /// <summary>The first page's size in points as pdfinfo prints it, "595.28 x 841.89" rounded: "595 x 842".</summary>
    public static string PageSize(byte[] pdf)
    {
        using var file = new TempFile(pdf, ".pdf");
        var info = Encoding.UTF8.GetString(Run("pdfinfo", $"\"{file.Path}\""));
        var size = info.Split('\n').Single(l => l.StartsWith("Page size:"))["Page size:".Length..].Trim().Split(' ');
        return $"{Math.Round(double.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture))} x {Math.Round(double.Parse(size[2], System.Globalization.CultureInfo.InvariantCulture))}";
    }

    /// <summary>How many images the PDF draws, as pdfimages -list counts them (a PNG with transparency counts once).</summary>
    public static int ImageCount(byte[] pdf)
    {
        using var file = new TempFile(pdf, ".pdf");
        var list = Encoding.UTF8.GetString(Run("pdfimages", $"-list \"{file.Path}\"")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return list.Skip(2).Count(l => !l.Contains(" smask "));
    }

    /// <summary>The QR codes on page 1 as zbarimg reads them from a 150 dpi image, bytes decoded as UTF-8.</summary>
    public static string QrCode(byte[] pdf)
    {
        using var file = new TempFile(pdf, ".pdf");
        var prefix = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Run("pdftoppm", $"-r 150 -png -f 1 -l 1 -singlefile \"{file.Path}\" \"{prefix}\"");
        try
        {
            // -Sbinary: the raw bytes, not zbar's guess at a charset; the form says UTF-8 ("ST00012").
            return Encoding.UTF8.GetString(Run("zbarimg", $"--raw -q -Sbinary \"{prefix}.png\"")).TrimEnd('\n');
        }
        finally { File.Delete(prefix + ".png"); }
    }

    private static byte[] Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"{tool} did not start.");
        using var output = new MemoryStream();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {arguments} exited {process.ExitCode}: {stderr.Result}");
        return output.ToArray();
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(byte[] bytes, string extension)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N") + extension);
            File.WriteAllBytes(Path, bytes);
        }

        public string Path { get; }
        public void Dispose() => File.Delete(Path);
    }
}
