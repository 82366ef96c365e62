using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>
/// A table with relative column widths. Rows never split; when the next row does not fit, the table goes on
/// on the next page and its header row is repeated there.
/// </summary>
internal sealed class Table(params float[] weights) : IBox, IBlock
{
    private TableRow? header;
    private readonly List<TableRow> rows = [];

    public float Padding { get; init; } = 2.5f;
    public float Border { get; init; } = 0.6f;

    public Table Header(params Cell[] cells) { header = new TableRow(cells); return this; }
    public Table Add(params Cell[] cells) { rows.Add(new TableRow(cells)); return this; }

    public float Measure(float width)
    {
        var columns = ColumnWidths.Resolve(weights, width);
        return AllRows().Sum(r => r.Height(columns, Padding));
    }

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        var columns = ColumnWidths.Resolve(weights, width);
        foreach (var row in AllRows())
        {
            row.Draw(canvas, x, y, columns, Padding, Border);
            y += row.Height(columns, Padding);
        }
    }

    public void Flow(PageFlow flow)
    {
        var columns = ColumnWidths.Resolve(weights, flow.Width);
        var headerHeight = header?.Height(columns, Padding) ?? 0;
        var headerPlaced = false;
        foreach (var row in rows)
        {
            var height = row.Height(columns, Padding);
            var needed = headerPlaced ? height : headerHeight + height;
            if (needed > flow.Remaining && !flow.AtTop)
            {
                flow.NewPage();
                headerPlaced = false;
            }
            if (!headerPlaced && header is not null) PlaceRow(flow, header, headerHeight, columns);
            headerPlaced = true;
            PlaceRow(flow, row, height, columns);
        }
        if (rows.Count == 0 && header is not null) PlaceRow(flow, header, headerHeight, columns);
    }

    private void PlaceRow(PageFlow flow, TableRow row, float height, float[] columns) =>
        flow.Place(height, (canvas, x, y, _) => row.Draw(canvas, x, y, columns, Padding, Border));

    private IEnumerable<TableRow> AllRows() => header is null ? rows : rows.Prepend(header);
}
