using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>Boxes side by side without borders; widths are relative weights.</summary>
internal sealed class Row(params (float Weight, IBox Box)[] cells) : IBox
{
    public float Gap { get; init; } = 4;

    public float Measure(float width)
    {
        var widths = Widths(width);
        return cells.Select((c, i) => c.Box.Measure(widths[i])).DefaultIfEmpty(0).Max();
    }

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        var widths = Widths(width);
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].Box.Draw(canvas, x, y, widths[i]);
            x += widths[i] + Gap;
        }
    }

    private float[] Widths(float width) =>
        ColumnWidths.Resolve(cells.Select(c => c.Weight).ToArray(), width - Gap * (cells.Length - 1));
}
