using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>Something drawn whole on one page: its height depends on the width it is given.</summary>
internal interface IBox
{
    float Measure(float width);
    void Draw(SKCanvas canvas, float x, float y, float width);
}
