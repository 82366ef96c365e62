using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>A text that wraps to the width it is given.</summary>
internal sealed class TextBlock(string text, TextStyle style) : IBox
{
    private float brokenFor = -1;
    private List<string> lines = [];

    public TextStyle Style => style;

    public float Measure(float width) => Lines(width).Count * style.LineHeight;

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        using var font = style.CreateFont();
        using var paint = Ink.Text();
        var baseline = y + style.Baseline;
        foreach (var line in Lines(width, font))
        {
            var left = style.Align switch
            {
                TextAlign.Center => x + (width - font.MeasureText(line)) / 2,
                TextAlign.Right => x + width - font.MeasureText(line),
                _ => x,
            };
            canvas.DrawText(line, left, baseline, font, paint);
            baseline += style.LineHeight;
        }
    }

    // Measure and Draw ask for the same width: the lines are broken once.
    private List<string> Lines(float width, SKFont? font = null)
    {
        if (brokenFor == width) return lines;
        if (font is null)
        {
            using var own = style.CreateFont();
            lines = LineBreaker.Break(text, own, width);
        }
        else lines = LineBreaker.Break(text, font, width);
        brokenFor = width;
        return lines;
    }
}
