using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>The paints every document draws with: black text and lines.</summary>
internal static class Ink
{
    public static readonly SKPaint Text = new() { Color = SKColors.Black, IsAntialias = true };
    public static readonly SKPaint Fill = new() { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };

    public static SKPaint Line(float thickness) =>
        new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = thickness };
}
