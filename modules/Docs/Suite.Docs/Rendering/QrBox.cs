using QRCoder;
using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>A QR code drawn as vector squares, with its quiet zone, in a square of the given side.</summary>
internal sealed class QrBox : IBox
{
    private readonly bool[][] modules;
    private readonly float side;

    public QrBox(string payload, float side)
    {
        // forceUtf8 without a BOM and without an ECI header: what GOST R 56042's "ST0001 2" (UTF-8) expects.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        modules = data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
        this.side = side;
    }

    public float Measure(float width) => side;

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        var cell = side / modules.Length;
        using var paint = Ink.Fill();
        for (var r = 0; r < modules.Length; r++)
        {
            var row = modules[r];
            // One rectangle per run of dark modules: fewer objects, and no hairline seams between neighbours.
            // Separate rectangles rather than one path: Skia's PDF backend took twice as long over one path of hundreds of rectangles.
            for (var c = 0; c < row.Length; c++)
            {
                if (!row[c]) continue;
                var start = c;
                while (c + 1 < row.Length && row[c + 1]) c++;
                canvas.DrawRect(SKRect.Create(x + start * cell, y + r * cell, (c - start + 1) * cell, cell), paint);
            }
        }
    }
}
