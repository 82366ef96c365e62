using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>
/// The «Коммерческое предложение» from a deal: our logo and requisites on top, to whom, the title, the opening text,
/// the lines with totals and VAT, the amount in words, how long the offer holds, the closing text and the manager
/// with their contacts and signature.
/// </summary>
internal static class ProposalForm
{
    private static readonly TextStyle Normal = new(9);
    private static readonly TextStyle Small = new(7.5f, Align: TextAlign.Right);
    private const float LabelWeight = 20;

    public static byte[] Render(ProposalPrint proposal, Language language, FormOptions options)
    {
        var words = FormLabels.For(language);
        var labels = ProposalLabels.For(language);
        var seller = options.Apply(proposal.Seller);
        var requisites = new TextBlock(Parties.Requisites(Parties.Of(seller, proposal.SellerBank), words), Small);
        var document = FormDocument.Create(PageSize.A4, words, options)
            .Add(new Row((35, seller.Logo is { } logo ? new ImageBox(logo, 160, 40) : new Spacer(0)), (65, requisites)))
            .Add(new Rule())
            .Add(new Spacer(4))
            .Add(Parties.Row(labels.To, proposal.Customer, words, LabelWeight));
        if (!string.IsNullOrWhiteSpace(proposal.ContactName))
            document.Add(new Spacer(2)).Add(Parties.Row(labels.Contact, proposal.ContactName, LabelWeight));
        document
            .Add(new Spacer(10))
            .Add(FormTitle.Build(labels.Title, options, proposal.Number, proposal.Date, words, language));
        if (!string.IsNullOrWhiteSpace(proposal.Subject))
            document.Add(new Spacer(2)).Add(Parties.Row(labels.Subject, proposal.Subject, LabelWeight));
        var validUntil = string.Format(labels.ValidUntil, PrintFormat.Date(proposal.Date.AddDays(options.ValidDays), language));
        document
            .Add(FormDocument.Paragraph(options.Intro ?? labels.Intro))
            .Add(new Spacer(6))
            .Add(LineTable.Build(proposal.Lines, labels.Goods, words, language))
            .Add(new Spacer(4))
            .Add(new Stack(Totals.Build(proposal.Subtotal, proposal.Vat, proposal.VatIncluded, proposal.Total, labels.Total, words, language),
                FormDocument.Note(options)))
            .Add(new Stack(
                new Spacer(6),
                AmountSummary.Build(labels.Summary, proposal.Lines.Count, proposal.Total, language),
                FormDocument.Paragraph(validUntil),
                FormDocument.Paragraph(options.Closing ?? labels.Closing),
                new Spacer(10),
                Manager(proposal.Manager with { Signature = options.ShowSignatureImages ? proposal.Manager.Signature : null }, labels)));
        return document.Render();
    }

    // Whom to call, then the manager's signature line.
    private static Stack Manager(ManagerPrint manager, ProposalLabels labels)
    {
        var contacts = new List<string>();
        if (!string.IsNullOrWhiteSpace(manager.Phone)) contacts.Add($"{labels.Phone} {manager.Phone}");
        if (!string.IsNullOrWhiteSpace(manager.Email)) contacts.Add($"{labels.Email} {manager.Email}");
        return new Stack(
            Signatures.Line(manager.Position ?? labels.Manager, manager.Name, manager.Signature),
            new Spacer(4),
            new TextBlock(string.Join(", ", contacts), Normal));
    }
}
