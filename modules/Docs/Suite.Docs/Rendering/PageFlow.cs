using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>The cursor that fills pages top to bottom and starts a new page when asked.</summary>
internal sealed class PageFlow
{
    private readonly PageSize size;
    private readonly float bottom;
    private Page current;

    public PageFlow(PageSize size, float footerHeight)
    {
        this.size = size;
        bottom = size.Height - size.Bottom - footerHeight;
        current = new Page();
        Pages.Add(current);
        Y = size.Top;
    }

    public List<Page> Pages { get; } = [];
    public float Y { get; private set; }
    public float Width => size.ContentWidth;
    public float Remaining => bottom - Y;
    public bool AtTop => Y == size.Top;

    public void NewPage()
    {
        current = new Page();
        Pages.Add(current);
        Y = size.Top;
    }

    public void Place(float height, Action<SKCanvas, float, float, float> draw)
    {
        var (x, y, width) = (size.Left, Y, Width);
        current.Add(canvas => draw(canvas, x, y, width));
        Y += height;
    }

    /// <summary>Places a box whole: on this page if it fits, else at the top of the next.</summary>
    public void Place(IBox box)
    {
        var height = box.Measure(Width);
        if (height > Remaining && !AtTop) NewPage();
        Place(height, box.Draw);
    }
}
