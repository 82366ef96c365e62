using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>Font size in points, weight and alignment of a text.</summary>
internal sealed record TextStyle(float Size = 9, bool Bold = false, TextAlign Align = TextAlign.Left)
{
    public float LineHeight => Size * 1.2f;

    // DejaVu's ascent is about 0.93 em: the baseline sits that far below the line's top, centred in 1.2 em.
    public float Baseline => Size * 0.98f;

    // Unhinted linear metrics: the advances Skia lays out with are the ones the PDF font declares, so text
    // extraction (pdftotext, copy and paste) sees no false gaps inside words.
    public SKFont CreateFont() =>
        new(Bold ? DocumentFonts.Bold : DocumentFonts.Regular, Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };

    public TextStyle WithBold() => this with { Bold = true };
    public TextStyle WithAlign(TextAlign align) => this with { Align = align };
    public TextStyle WithSize(float size) => this with { Size = size };
}
