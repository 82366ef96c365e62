using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>A horizontal line across the width, with some air above and below.</summary>
internal sealed class Rule(float thickness = 1.5f, float air = 3) : IBox
{
    public float Measure(float width) => thickness + 2 * air;

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        using var paint = Ink.Line(thickness);
        var middle = y + air + thickness / 2;
        canvas.DrawLine(x, middle, x + width, middle, paint);
    }
}
