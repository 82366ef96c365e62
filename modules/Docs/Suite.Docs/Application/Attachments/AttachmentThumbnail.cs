using SkiaSharp;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// The PNG a card shows for an image attachment, longest side 256 px. The image's declared size is checked before
/// any pixel is decoded: a small file claiming a gigapixel picture (a decompression bomb) is refused.
/// </summary>
internal static class AttachmentThumbnail
{
    public const int LongestSide = 256;

    /// <summary>50 megapixels: a phone's biggest photos, and at most 200 MB of pixels while decoding.</summary>
    public const long MaxPixels = 50_000_000;

    public static byte[] Make(Stream image, string fileName)
    {
        image.Position = 0;
        // SKCodec disposes the stream it is given: the wrapper keeps the caller's spool open for storing afterwards.
        using var codec = SKCodec.Create(new NonClosingStream(image))
            ?? throw AttachmentSniffer.Refused(fileName, Text.Pick("изображение не читается.", "the image cannot be read."));
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || (long)width * height > MaxPixels)
            throw AttachmentSniffer.Refused(fileName, Text.Pick(
                $"изображение {width}×{height} больше {MaxPixels / 1_000_000} мегапикселей.",
                $"the image of {width}×{height} is larger than {MaxPixels / 1_000_000} megapixels."));

        var scale = Math.Min(1f, (float)LongestSide / Math.Max(width, height));
        // JPEG decodes straight at 1/2, 1/4, 1/8 of its size; the others decode whole and are scaled below.
        var decoded = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            throw AttachmentSniffer.Refused(fileName, Text.Pick("изображение не читается.", "the image cannot be read."));

        var target = new SKImageInfo(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul);
        using var small = decoded == target.Size ? bitmap.Copy() : bitmap.Resize(target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var data = small.Encode(SKEncodedImageFormat.Png, 100);
        image.Position = 0;
        return data.ToArray();
    }

    /// <summary>Lets SKCodec dispose its stream without closing the upload's spool.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
