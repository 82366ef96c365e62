using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>A laid-out page: what to draw on it, in order. Drawn only once the page count is known.</summary>
internal sealed class Page
{
    private readonly List<Action<SKCanvas>> drawings = [];

    public void Add(Action<SKCanvas> drawing) => drawings.Add(drawing);

    public void Draw(SKCanvas canvas)
    {
        foreach (var drawing in drawings) drawing(canvas);
    }
}
