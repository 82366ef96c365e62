using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>A PNG or JPEG (logo, signature, stamp) fitted into a box of the given size, keeping its proportions.</summary>
internal sealed class ImageBox : IBox
{
    private readonly SKImage image;
    private readonly float maxWidth;
    private readonly float height;
    private readonly float offsetX;
    private readonly float offsetY;

    public ImageBox(byte[] bytes, float maxWidth, float height, float offsetX = 0, float offsetY = 0)
    {
        image = SKImage.FromEncodedData(bytes) ?? throw new ArgumentException("The image is not a PNG or JPEG Skia can read.", nameof(bytes));
        this.maxWidth = maxWidth;
        this.height = height;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    // An offset image (a stamp over the signatures) overlaps its neighbours and takes no room of its own.
    public float Measure(float width) => offsetY == 0 ? height : 0;

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        var scale = Math.Min(Math.Min(maxWidth, width) / image.Width, height / image.Height);
        var rect = SKRect.Create(x + offsetX, y + offsetY, image.Width * scale, image.Height * scale);
        canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }
}
