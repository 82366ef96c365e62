using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>
/// The «Акт» of services rendered: number and date, contractor and customer with their requisites, the basis, the
/// numbered services, the totals with VAT, the amount in words, the acceptance sentence and both parties' signatures.
/// </summary>
internal static class ActForm
{
    private static readonly TextStyle Normal = new(9);

    public static byte[] Render(ActPrint act, Language language, FormOptions options)
    {
        var words = FormLabels.For(language);
        var labels = ActLabels.For(language);
        var contractor = options.Apply(act.Contractor);
        var document = FormDocument.Create(PageSize.A4, words, options);
        if (contractor.Logo is { } logo) document.Add(new ImageBox(logo, 160, 40)).Add(new Spacer(6));
        document
            .Add(FormTitle.Build(labels.Title, options, act.Number, act.Date, words, language))
            .Add(new Rule())
            .Add(Parties.Row(labels.Contractor, Parties.Of(contractor, act.ContractorBank), words))
            .Add(new Spacer(4))
            .Add(Parties.Row(labels.Customer, act.Customer, words));
        if (!string.IsNullOrWhiteSpace(act.Basis))
            document.Add(new Spacer(4)).Add(Parties.Row(words.Basis, act.Basis));
        document
            .Add(new Spacer(8))
            .Add(LineTable.Build(act.Lines, labels.Services, words, language))
            .Add(new Spacer(4))
            .Add(new Stack(Totals.Build(act.Subtotal, act.Vat, act.VatIncluded, act.Total, labels.Total, words, language), FormDocument.Note(options)))
            .Add(new Stack(
                new Spacer(6),
                AmountSummary.Build(labels.Summary, act.Lines.Count, act.Total, language),
                new Spacer(6),
                new TextBlock(labels.Acceptance, Normal),
                new Rule(),
                new Spacer(6),
                new Row(
                    (50, Signatures.Party(labels.Contractor.TrimEnd(':'), contractor.Director, contractor.DirectorSignature, contractor.Stamp, words)),
                    (50, Signatures.Party(labels.Customer.TrimEnd(':'), null, null, null, words))) { Gap = 24 }));
        return document.Render();
    }
}
