using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>One row of a table: its height is the tallest cell's wrapped content plus padding.</summary>
internal sealed class TableRow(IReadOnlyList<Cell> cells)
{
    public float Height(float[] columns, float padding) =>
        Place(columns).Max(p => p.Cell.Content.Measure(p.Width - 2 * padding)) + 2 * padding;

    public void Draw(SKCanvas canvas, float x, float y, float[] columns, float padding, float border)
    {
        var height = Height(columns, padding);
        using var pen = border > 0 ? Ink.Line(border) : null;
        foreach (var (cell, left, width) in Place(columns))
        {
            cell.Content.Draw(canvas, x + left + padding, y + padding, width - 2 * padding);
            if (pen is null) continue;
            var (l, r, b) = (x + left, x + left + width, y + height);
            canvas.DrawLine(l, y, l, b, pen);
            canvas.DrawLine(r, y, r, b, pen);
            if (!cell.Open.HasFlag(CellSides.Top)) canvas.DrawLine(l, y, r, y, pen);
            if (!cell.Open.HasFlag(CellSides.Bottom)) canvas.DrawLine(l, b, r, b, pen);
        }
    }

    private IEnumerable<(Cell Cell, float Left, float Width)> Place(float[] columns)
    {
        var column = 0;
        var left = 0f;
        foreach (var cell in cells)
        {
            var width = columns.Skip(column).Take(cell.Span).Sum();
            yield return (cell, left, width);
            left += width;
            column += cell.Span;
        }
    }
}
