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

    public static byte[] Render(InvoicePrint invoice, Language language) => Render(invoice, language, FormOptions.Default);

    public static byte[] Render(InvoicePrint invoice, Language language, FormOptions options)
    {
        var words = FormLabels.For(language);
        var labels = InvoiceLabels.For(language);
        var supplier = options.Apply(invoice.Supplier);
        var document = FormDocument.Create(PageSize.A4, words, options);
        if (supplier.Logo is { } logo) document.Add(new ImageBox(logo, 160, 40)).Add(new Spacer(6));
        document
            .Add(new Stack(BankBlock(invoice, words, labels)))
            .Add(new Spacer(10))
            .Add(FormTitle.Build(labels.Title, options, invoice.Number, invoice.Date, words, language))
            .Add(new Rule())
            .Add(Parties.Row(labels.Supplier, Parties.Of(supplier), words))
            .Add(new Spacer(4))
            .Add(Parties.Row(labels.Buyer, invoice.Buyer with { Bank = null }, words))
            .Add(DueDate(invoice, labels, language))
            .Add(new Spacer(8))
            .Add(LineTable.Build(invoice.Lines, labels.Goods, words, language))
            .Add(new Spacer(4))
            .Add(new Stack(Totals.Build(invoice.Subtotal, invoice.Vat, invoice.VatIncluded, invoice.Total, labels.Total, words, language),
                FormDocument.Note(options)))
            .Add(Closing(invoice, supplier, labels, language, options));
        return document.Render();
    }

    private static Table BankBlock(InvoicePrint invoice, FormLabels words, InvoiceLabels labels)
    {
        var bank = invoice.Bank;
        var supplier = invoice.Supplier;
        // Four columns; the bank name and the payee span the first two, and the open borders join the cells
        // of the bank, the payee and the settlement account into the tall boxes the paper form has.
        return new Table(27, 27, 9, 37)
            .Add(Cell.Text(bank.BankName, Normal, 2, CellSides.Bottom), Cell.Text(words.Bic, Normal), Cell.Text(bank.Bic, Normal, open: CellSides.Bottom))
            .Add(Cell.Text(labels.PayeeBank, Small, 2, CellSides.Top), Cell.Text(labels.AccountNo, Normal), Cell.Text(bank.CorrespondentAccount, Normal, open: CellSides.Top))
            .Add(Cell.Text($"{words.Inn} {supplier.Inn}", Normal), Cell.Text($"{words.Kpp} {supplier.Kpp}", Normal),
                Cell.Text(labels.AccountNo, Normal, open: CellSides.Bottom), Cell.Text(bank.Account, Normal, open: CellSides.Bottom))
            .Add(Cell.Text(supplier.Name, Normal, 2, CellSides.Bottom), Cell.Text("", Normal, open: CellSides.Top | CellSides.Bottom),
                Cell.Text("", Normal, open: CellSides.Top | CellSides.Bottom))
            .Add(Cell.Text(labels.Payee, Small, 2, CellSides.Top), Cell.Text("", Normal, open: CellSides.Top), Cell.Text("", Normal, open: CellSides.Top));
    }

    private static IBox DueDate(InvoicePrint invoice, InvoiceLabels labels, Language language) => invoice.DueDate is { } due
        ? new Stack(new Spacer(4), new Row((16, new TextBlock(labels.DueDate + ":", Normal)), (84, new TextBlock(PrintFormat.Date(due, language), Bold))))
        : new Spacer(0);

    // The summary, the amount in words, the signatures and the QR code stay together on the last page.
    private static Stack Closing(InvoicePrint invoice, OrganisationPrint supplier, InvoiceLabels labels, Language language, FormOptions options)
    {
        var purpose = new TextBlock($"{labels.Purpose} {invoice.Purpose}", Small);
        var signatures = new Stack(Signatures.Build(supplier, labels.Director, labels.Accountant), new Spacer(8), purpose);
        IBox bottom = options.ShowQr
            ? new Row((72, signatures), (28, new Stack(new QrBox(PaymentQr.Payload(invoice), 96), new TextBlock(labels.QrCaption, Small.WithAlign(TextAlign.Center)))))
            : signatures;
        return new Stack(
            new Spacer(6),
            AmountSummary.Build(labels.ItemsSummary, invoice.Lines.Count, invoice.Total, language),
            new Rule(),
            new Spacer(4),
            bottom);
    }
}
