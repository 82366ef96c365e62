namespace Suite.Docs.Rendering;

/// <summary>Turns relative column weights into widths that fill the available width.</summary>
internal static class ColumnWidths
{
    public static float[] Resolve(IReadOnlyList<float> weights, float width)
    {
        var total = weights.Sum();
        return weights.Select(w => width * w / total).ToArray();
    }
}
