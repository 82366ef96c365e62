using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>
/// A document laid out on pages: boxes and tables flow top to bottom, and each page gets a footer that knows
/// the page count ("Страница 1 из 2"), because the layout is finished before anything is drawn.
/// </summary>
internal sealed class PdfDocument(PageSize size, Func<int, int, string> footer)
{
    private static readonly TextStyle FooterStyle = new(7, Align: TextAlign.Center);
    private readonly List<IBlock> blocks = [];

    public PdfDocument Add(IBlock block) { blocks.Add(block); return this; }
    public PdfDocument Add(IBox box) { blocks.Add(new WholeBox(box)); return this; }

    /// <summary>A table added to a document breaks across pages; put it in a Stack to keep it whole.</summary>
    public PdfDocument Add(Table table) => Add((IBlock)table);

    public byte[] Render()
    {
        // The footer's lines plus one line of air; every page's footer has as many lines as the first's.
        var flow = new PageFlow(size, new TextBlock(footer(1, 1), FooterStyle).Measure(size.ContentWidth) + FooterStyle.LineHeight);
        foreach (var block in blocks) block.Flow(flow);

        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            for (var i = 0; i < flow.Pages.Count; i++)
            {
                var canvas = document.BeginPage(size.Width, size.Height);
                flow.Pages[i].Draw(canvas);
                var text = new TextBlock(footer(i + 1, flow.Pages.Count), FooterStyle);
                text.Draw(canvas, size.Left, size.Height - size.Bottom - text.Measure(size.ContentWidth), size.ContentWidth);
                document.EndPage();
            }
            document.Close();
        }
        return output.ToArray();
    }

    private sealed class WholeBox(IBox box) : IBlock
    {
        public void Flow(PageFlow flow) => flow.Place(box);
    }
}
