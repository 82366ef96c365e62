using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>Empty vertical space.</summary>
internal sealed class Spacer(float height) : IBox
{
    public float Measure(float width) => height;
    public void Draw(SKCanvas canvas, float x, float y, float width) { }
}
