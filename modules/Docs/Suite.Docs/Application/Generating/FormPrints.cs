using Suite.Docs.Application.Documents;
using Suite.Docs.Forms;

namespace Suite.Docs.Application.Generating;

/// <summary>
/// A document's content as the built-in forms print it: the invoice and the act from the issued invoice, the waybill
/// from the shipment with its buyer, the proposal from the deal with its company and contact.
/// </summary>
internal static class FormPrints
{
    public static InvoicePrint Invoice(DocumentContent content) => InvoicePrints.From(content.Invoice!);

    public static ActPrint Act(DocumentContent content)
    {
        var invoice = InvoicePrints.From(content.Invoice!);
        return new ActPrint(content.Number, content.Date, invoice.Supplier, invoice.Bank, invoice.Buyer,
            $"Счёт № {invoice.Number} от {PrintFormat.Date(invoice.Date, Language.Russian)}", invoice.Lines, invoice.Vat, invoice.Subtotal,
            invoice.Total, invoice.VatIncluded);
    }

    /// <summary>Prices are net and VAT at the product's rate comes on top, as Finance invoices a deal by default.</summary>
    public static WaybillPrint Waybill(DocumentContent content)
    {
        var shipment = content.Shipment!;
        var buyer = Buyer(content);
        var lines = shipment.Lines.Select((l, i) =>
        {
            var net = Kopecks(l.Quantity * l.Price);
            var vat = l.VatRate is { } rate ? Kopecks(net * rate / 100m) : 0m;
            return new WaybillPrintLine(i + 1, l.Name, l.Sku, l.Unit, l.Unit == "шт" ? "796" : null, l.Quantity, l.Price, net, l.VatRate, vat, net + vat);
        }).ToList();
        return new WaybillPrint(content.Number, content.Date, InvoicePrints.Organisation(content.Organisation), InvoicePrints.Bank(content.Organisation),
            null, buyer, buyer, $"Отгрузка № {shipment.Number} от {PrintFormat.Date(shipment.Date, Language.Russian)}", lines,
            lines.Sum(l => l.Quantity), lines.Sum(l => l.AmountWithoutVat), lines.Sum(l => l.VatAmount), lines.Sum(l => l.Amount));
    }

    /// <summary>A deal's prices are what the client pays: VAT at our default rate is included in them.</summary>
    public static ProposalPrint Proposal(DocumentContent content)
    {
        var deal = content.Model.Deal;
        var lines = (deal?.Lines ?? []).Select((l, i) => new InvoicePrintLine(i + 1, l.Name, l.Quantity, l.Unit, l.Price, l.Amount)).ToList();
        var total = lines.Sum(l => l.Amount);
        var vat = content.Organisation?.DefaultVatRate is { } rate && rate > 0
            ? new[] { new VatPrint(rate, Kopecks(total * rate / (100m + rate))) }
            : [];
        var user = content.Model.User;
        return new ProposalPrint(content.Number, content.Date, InvoicePrints.Organisation(content.Organisation), InvoicePrints.Bank(content.Organisation),
            Buyer(content), content.Model.Contact?.FullName, deal?.Title, lines, vat, total, total,
            new ManagerPrint(user.FullName, user.Position, user.Phone, user.Email));
    }

    private static CounterpartyPrint Buyer(DocumentContent content) => content.Model.Company is { } company
        ? new CounterpartyPrint(company.Name, company.Inn, company.Kpp, company.Address)
        : new CounterpartyPrint("", null, null, null);

    private static decimal Kopecks(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
