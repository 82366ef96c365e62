using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>
/// The ТОРГ-12 товарная накладная on landscape A4: the parties (грузоотправитель, грузополучатель, поставщик,
/// плательщик) with requisites and bank, the basis, the goods table with the unified form's columns and its total row,
/// the summary with the amount in words and the five signatures. The table's header repeats on every page.
/// </summary>
internal static class WaybillForm
{
    private static readonly TextStyle Normal = new(8);
    private static readonly TextStyle Small = new(6.5f, Align: TextAlign.Right);
    private static readonly TextStyle Header = new(7, Bold: true, Align: TextAlign.Center);
    private const float LabelWeight = 12;
    // The unified form's signature labels are long ("Груз получил грузополучатель").
    private const float SignatureLabelWeight = 44;

    public static byte[] Render(WaybillPrint waybill, Language language, FormOptions options)
    {
        var words = FormLabels.For(language);
        var labels = WaybillLabels.For(language);
        var supplier = options.Apply(waybill.Supplier);
        var supplierParty = Parties.Of(supplier, waybill.SupplierBank);
        var document = FormDocument.Create(PageSize.A4Landscape, words, options)
            .Add(new TextBlock(labels.UnifiedForm, Small))
            .Add(Parties.Row(labels.Consignor, waybill.Consignor ?? supplierParty, words, LabelWeight))
            .Add(new Spacer(3))
            .Add(Parties.Row(labels.Consignee, waybill.Consignee, words, LabelWeight))
            .Add(new Spacer(3))
            .Add(Parties.Row(labels.Supplier, supplierParty, words, LabelWeight))
            .Add(new Spacer(3))
            .Add(Parties.Row(labels.Payer, waybill.Payer, words, LabelWeight));
        if (!string.IsNullOrWhiteSpace(waybill.Basis))
            document.Add(new Spacer(3)).Add(Parties.Row(words.Basis, waybill.Basis, LabelWeight));
        document
            .Add(new Spacer(8))
            .Add(FormTitle.Build(labels.Title, options, waybill.Number, waybill.Date, words, language, TextAlign.Center))
            .Add(new Spacer(6))
            .Add(Goods(waybill, labels, words, language))
            .Add(FormDocument.Note(options))
            .Add(Closing(waybill, supplier, labels, words, language));
        return document.Render();
    }

    private static Table Goods(WaybillPrint waybill, WaybillLabels labels, FormLabels words, Language language)
    {
        var right = Normal.WithAlign(TextAlign.Right);
        var center = Normal.WithAlign(TextAlign.Center);
        string Money(decimal amount) => PrintFormat.Money(amount, language);
        var table = new Table(3, 22, 7, 7, 5, 7, 9, 10, 7, 9, 10)
            .Header(Cell.Text(words.No, Header), Cell.Text(labels.Goods, Header), Cell.Text(labels.Code, Header),
                Cell.Text(labels.Unit, Header), Cell.Text(labels.UnitCode, Header), Cell.Text(labels.Quantity, Header),
                Cell.Text(labels.Price, Header), Cell.Text(labels.WithoutVat, Header), Cell.Text(labels.VatRate, Header),
                Cell.Text(labels.VatAmount, Header), Cell.Text(labels.WithVat, Header));
        foreach (var line in waybill.Lines)
            table.Add(
                Cell.Text(line.No.ToString(), center),
                Cell.Text(line.Name, Normal),
                Cell.Text(line.Code ?? "", center),
                Cell.Text(line.Unit, center),
                Cell.Text(line.UnitCode ?? "", center),
                Cell.Text(PrintFormat.Quantity(line.Quantity, language), right),
                Cell.Text(Money(line.Price), right),
                Cell.Text(Money(line.AmountWithoutVat), right),
                Cell.Text(line.VatRatePercent is { } rate ? PrintFormat.Percent(rate, language) : words.NoVat, center),
                Cell.Text(line.VatRatePercent is null ? "-" : Money(line.VatAmount), right),
                Cell.Text(Money(line.Amount), right));
        var bold = right.WithBold();
        return table.Add(
            Cell.Text(labels.Total, bold, span: 5),
            Cell.Text(PrintFormat.Quantity(waybill.TotalQuantity, language), bold),
            Cell.Text("X", center),
            Cell.Text(Money(waybill.TotalWithoutVat), bold),
            Cell.Text("X", center),
            Cell.Text(Money(waybill.TotalVat), bold),
            Cell.Text(Money(waybill.Total), bold));
    }

    // The summary, the amount in words and the signatures stay together on the last page.
    private static Stack Closing(WaybillPrint waybill, OrganisationPrint supplier, WaybillLabels labels, FormLabels words, Language language)
    {
        var count = waybill.Lines.Count;
        var noun = language == Language.Russian
            ? RussianNumber.Noun(count, labels.ItemOne, labels.ItemFew, labels.ItemMany)
            : count == 1 ? labels.ItemOne : labels.ItemMany;
        var summary = string.Format(labels.Summary, count, noun, PrintFormat.Money(waybill.Total, language));
        var shipped = Signatures.Stamped(new Stack(
            Signatures.Lines(SignatureLabelWeight,
                (labels.ReleaseAllowed, supplier.Director, supplier.DirectorSignature),
                (labels.ChiefAccountant, supplier.ChiefAccountant, supplier.AccountantSignature),
                (labels.ReleasedBy, waybill.ReleasedBy, null)),
            new Spacer(4), new TextBlock(words.Stamp, Normal)), supplier.Stamp, offsetY: -60);
        var received = new Stack(
            Signatures.Lines(SignatureLabelWeight, (labels.AcceptedBy, null, null), (labels.ReceivedBy, null, null)),
            new Spacer(4), new TextBlock(words.Stamp, Normal));
        return new Stack(
            new Spacer(8),
            AmountSummary.Build(summary, waybill.Total, language),
            new Rule(),
            new Spacer(4),
            new Row((50, shipped), (50, received)) { Gap = 24 });
    }
}
