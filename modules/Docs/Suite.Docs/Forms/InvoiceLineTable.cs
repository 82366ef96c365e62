using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>The numbered lines of an invoice: a table whose header repeats on every page.</summary>
internal static class InvoiceLineTable
{
    private static readonly TextStyle Normal = new(8.5f);
    private static readonly TextStyle Header = new(8.5f, Bold: true, Align: TextAlign.Center);

    public static Table Build(IReadOnlyList<InvoicePrintLine> lines, InvoiceLabels labels, Language language)
    {
        var right = Normal.WithAlign(TextAlign.Right);
        var table = new Table(5, 47, 10, 7, 15, 16)
            .Header(Cell.Text(labels.No, Header), Cell.Text(labels.Goods, Header), Cell.Text(labels.Quantity, Header),
                Cell.Text(labels.Unit, Header), Cell.Text(labels.Price, Header), Cell.Text(labels.Amount, Header));
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
