using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>Boxes drawn over each other in order (a signature over its line, a stamp over both).</summary>
internal sealed class Layers(params IBox[] boxes) : IBox
{
    public float Measure(float width) => boxes.Length == 0 ? 0 : boxes.Max(b => b.Measure(width));

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        foreach (var box in boxes) box.Draw(canvas, x, y, width);
    }
}
