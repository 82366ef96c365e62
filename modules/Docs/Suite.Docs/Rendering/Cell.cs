namespace Suite.Docs.Rendering;

/// <summary>A table cell: its content, how many columns it spans and which of its borders are open.</summary>
internal sealed record Cell(IBox Content, int Span = 1, CellSides Open = CellSides.None)
{
    public static Cell Text(string text, TextStyle style, int span = 1, CellSides open = CellSides.None) =>
        new(new TextBlock(text, style), span, open);
}
