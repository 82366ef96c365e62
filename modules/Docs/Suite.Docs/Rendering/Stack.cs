using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>Boxes one under another, kept together on one page.</summary>
internal sealed class Stack(params IBox[] boxes) : IBox
{
    public float Measure(float width) => boxes.Sum(b => b.Measure(width));

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        foreach (var box in boxes)
        {
            box.Draw(canvas, x, y, width);
            y += box.Measure(width);
        }
    }
}
