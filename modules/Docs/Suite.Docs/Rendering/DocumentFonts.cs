using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>The bundled subset fonts (see Fonts/README.md).</summary>
internal static class DocumentFonts
{
    // Loaded from the embedded files: with the NoDependencies native assets a lookup by family name
    // returns an empty typeface and the PDF silently has no text.
    private static readonly Lazy<SKTypeface> regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => regular.Value;
    public static SKTypeface Bold => bold.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream("Suite.Docs.Fonts." + file)
            ?? throw new InvalidOperationException($"Font {file} is not embedded in Suite.Docs.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Font {file} could not be read.");
    }
}
