using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>The numbered lines of an invoice, an act or a proposal: a table whose header repeats on every page.</summary>
internal static class LineTable
{
    private static readonly TextStyle Normal = new(8.5f);
    private static readonly TextStyle Header = new(8.5f, Bold: true, Align: TextAlign.Center);

    public static Table Build(IReadOnlyList<InvoicePrintLine> lines, string goodsHeading, FormLabels words, Language language)
    {
        var right = Normal.WithAlign(TextAlign.Right);
        var table = new Table(5, 47, 10, 7, 15, 16)
            .Header(Cell.Text(words.No, Header), Cell.Text(goodsHeading, Header), Cell.Text(words.Quantity, Header),
                Cell.Text(words.Unit, Header), Cell.Text(words.Price, Header), Cell.Text(words.Amount, Header));
        foreach (var line in lines)
            table.Add(
                Cell.Text(line.No.ToString(), Normal.WithAlign(TextAlign.Center)),
                Cell.Text(line.Name, Normal),
                Cell.Text(PrintFormat.Quantity(line.Quantity, language), right),
                Cell.Text(line.Unit, Normal),
                Cell.Text(PrintFormat.Money(line.Price, language), right),
                Cell.Text(PrintFormat.Money(line.Amount, language), right));
        return table;
    }
}
