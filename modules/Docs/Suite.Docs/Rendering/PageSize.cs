namespace Suite.Docs.Rendering;

/// <summary>A page's size and margins in points (1/72 inch).</summary>
internal sealed record PageSize(float Width, float Height, float Left, float Top, float Right, float Bottom)
{
    private const float Millimetre = 72f / 25.4f;

    /// <summary>A4 portrait with the margins Russian business forms use: 20 mm left, 10 mm right, 15 mm top and bottom.</summary>
    public static readonly PageSize A4 = new(595.28f, 841.89f, 20 * Millimetre, 15 * Millimetre, 10 * Millimetre, 15 * Millimetre);

    /// <summary>A4 landscape for wide unified forms (ТОРГ-12): 15 mm left, 10 mm elsewhere.</summary>
    public static readonly PageSize A4Landscape = new(841.89f, 595.28f, 15 * Millimetre, 10 * Millimetre, 10 * Millimetre, 10 * Millimetre);

    public float ContentWidth => Width - Left - Right;
}
