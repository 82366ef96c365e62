using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>
/// The «Счёт на оплату» as Russian businesses expect it: the payee's bank block on top, the title, supplier and
/// buyer, the numbered lines, the totals with VAT per rate, the amount in words, signatures and the payment QR code.
/// </summary>
internal static class InvoiceForm
{
    private static readonly TextStyle Normal = new(9);
    private static readonly TextStyle Small = new(7);
    private static readonly TextStyle Bold = new(9, Bold: true);

    public static byte[] Render(InvoicePrint invoice, Language language)
    {
        var labels = InvoiceLabels.For(language);
        var document = new PdfDocument(PageSize.A4, (page, pages) => string.Format(labels.PageOf, page, pages));
        if (invoice.Supplier.Logo is { } logo) document.Add(new ImageBox(logo, 160, 40)).Add(new Spacer(6));
        document
            .Add(new Stack(BankBlock(invoice, labels)))
            .Add(new Spacer(10))
            .Add(new TextBlock(Title(invoice, labels, language), new TextStyle(14, Bold: true)))
            .Add(new Rule())
            .Add(Party(labels.Supplier, invoice.Supplier.Name, invoice.Supplier.Inn, invoice.Supplier.Kpp, invoice.Supplier.Address, labels))
            .Add(new Spacer(4))
            .Add(Party(labels.Buyer, invoice.Buyer.Name, invoice.Buyer.Inn, invoice.Buyer.Kpp, invoice.Buyer.Address, labels))
            .Add(DueDate(invoice, labels, language))
            .Add(new Spacer(8))
            .Add(InvoiceLineTable.Build(invoice.Lines, labels, language))
            .Add(new Spacer(4))
            .Add(new Stack(Totals(invoice, labels, language)))
            .Add(Closing(invoice, labels, language));
        return document.Render();
    }

    private static Table BankBlock(InvoicePrint invoice, InvoiceLabels labels)
    {
        var bank = invoice.Bank;
        var supplier = invoice.Supplier;
        // Four columns; the bank name and the payee span the first two, and the open borders join the cells
        // of the bank, the payee and the settlement account into the tall boxes the paper form has.
        return new Table(27, 27, 9, 37)
            .Add(Cell.Text(bank.BankName, Normal, 2, CellSides.Bottom), Cell.Text(labels.Bic, Normal), Cell.Text(bank.Bic, Normal, open: CellSides.Bottom))
            .Add(Cell.Text(labels.PayeeBank, Small, 2, CellSides.Top), Cell.Text(labels.AccountNo, Normal), Cell.Text(bank.CorrespondentAccount, Normal, open: CellSides.Top))
            .Add(Cell.Text($"{labels.Inn} {supplier.Inn}", Normal), Cell.Text($"{labels.Kpp} {supplier.Kpp}", Normal),
                Cell.Text(labels.AccountNo, Normal, open: CellSides.Bottom), Cell.Text(bank.Account, Normal, open: CellSides.Bottom))
            .Add(Cell.Text(supplier.Name, Normal, 2, CellSides.Bottom), Cell.Text("", Normal, open: CellSides.Top | CellSides.Bottom),
                Cell.Text("", Normal, open: CellSides.Top | CellSides.Bottom))
            .Add(Cell.Text(labels.Payee, Small, 2, CellSides.Top), Cell.Text("", Normal, open: CellSides.Top), Cell.Text("", Normal, open: CellSides.Top));
    }

    private static string Title(InvoicePrint invoice, InvoiceLabels labels, Language language) =>
        $"{labels.Title} {invoice.Number} {labels.Dated} {PrintFormat.Date(invoice.Date, language)}";

    private static Row Party(string label, string name, string? inn, string? kpp, string? address, InvoiceLabels labels)
    {
        var parts = new List<string> { name };
        if (!string.IsNullOrWhiteSpace(inn)) parts.Add($"{labels.Inn} {inn}");
        if (!string.IsNullOrWhiteSpace(kpp)) parts.Add($"{labels.Kpp} {kpp}");
        if (!string.IsNullOrWhiteSpace(address)) parts.Add(address);
        return new Row((16, new TextBlock(label, Normal)), (84, new TextBlock(string.Join(", ", parts), Bold)));
    }

    private static IBox DueDate(InvoicePrint invoice, InvoiceLabels labels, Language language) => invoice.DueDate is { } due
        ? new Stack(new Spacer(4), new Row((16, new TextBlock(labels.DueDate + ":", Normal)), (84, new TextBlock(PrintFormat.Date(due, language), Bold))))
        : new Spacer(0);

    private static Table Totals(InvoicePrint invoice, InvoiceLabels labels, Language language)
    {
        var right = Bold.WithAlign(TextAlign.Right);
        var table = new Table(80, 20) { Border = 0, Padding = 1.5f };
        void Line(string label, string value) => table.Add(Cell.Text(label, right), Cell.Text(value, right));

        Line(labels.Subtotal, PrintFormat.Money(invoice.Subtotal, language));
        if (invoice.Vat.Count == 0) Line(labels.NoVat + ":", "-");
        foreach (var vat in invoice.Vat)
            Line($"{(invoice.VatIncluded ? labels.VatIncluded : labels.VatOnTop)} {PrintFormat.Percent(vat.RatePercent, language)}:",
                PrintFormat.Money(vat.Amount, language));
        Line(labels.Total, PrintFormat.Money(invoice.Total, language));
        return table;
    }

    // The summary, the amount in words, the signatures and the QR code stay together on the last page.
    private static Stack Closing(InvoicePrint invoice, InvoiceLabels labels, Language language)
    {
        var summary = string.Format(labels.ItemsSummary, invoice.Lines.Count, PrintFormat.Money(invoice.Total, language));
        var qr = new Stack(new QrBox(PaymentQr.Payload(invoice), 96), new TextBlock(labels.QrCaption, Small.WithAlign(TextAlign.Center)));
        var purpose = new TextBlock($"{labels.Purpose} {invoice.Purpose}", Small);
        return new Stack(
            new Spacer(6),
            new TextBlock(summary, Normal),
            new TextBlock(AmountInWords.Write(invoice.Total, language), Bold),
            new Rule(),
            new Spacer(4),
            new Row((72, new Stack(Signatures.Build(invoice.Supplier, labels), new Spacer(8), purpose)), (28, qr)));
    }
}
