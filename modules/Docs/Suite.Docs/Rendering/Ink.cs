using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>The paints every document draws with: black text, fills and lines.</summary>
internal static class Ink
{
    // New paints for each drawing rather than shared statics: an SKPaint is not safe to use from two threads,
    // and invoices may render in parallel requests.
    public static SKPaint Text() => new() { Color = SKColors.Black, IsAntialias = true };

    public static SKPaint Fill() => new() { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };

    public static SKPaint Line(float thickness) =>
        new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = thickness };
}
