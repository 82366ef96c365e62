using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>"Всего наименований 3, на сумму 121 501,50 руб." and the amount in words under it, in bold.</summary>
internal static class AmountSummary
{
    private static readonly TextStyle Normal = new(9);
    private static readonly TextStyle Bold = new(9, Bold: true);

    /// <param name="format">The summary with {0} for the count of lines and {1} for the total.</param>
    public static Stack Build(string format, int lines, decimal total, Language language) =>
        Build(string.Format(format, lines, PrintFormat.Money(total, language)), total, language);

    public static Stack Build(string summary, decimal total, Language language) => new(
        new TextBlock(summary, Normal),
        new TextBlock(AmountInWords.Write(total, language), Bold));
}
