using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>The totals under a lines table: the subtotal, the VAT of each rate or "Без НДС", and the total, right-aligned.</summary>
internal static class Totals
{
    private static readonly TextStyle Bold = new(9, Bold: true, Align: TextAlign.Right);

    public static Table Build(decimal subtotal, IReadOnlyList<VatPrint> vat, bool vatIncluded, decimal total, string totalLabel,
        FormLabels words, Language language)
    {
        var table = new Table(80, 20) { Border = 0, Padding = 1.5f };
        void Line(string label, string value) => table.Add(Cell.Text(label, Bold), Cell.Text(value, Bold));

        Line(words.Subtotal, PrintFormat.Money(subtotal, language));
        if (vat.Count == 0) Line(words.NoVat + ":", "-");
        foreach (var rate in vat)
            Line($"{(vatIncluded ? words.VatIncluded : words.VatOnTop)} {PrintFormat.Percent(rate.RatePercent, language)}:",
                PrintFormat.Money(rate.Amount, language));
        Line(totalLabel, PrintFormat.Money(total, language));
        return table;
    }
}
