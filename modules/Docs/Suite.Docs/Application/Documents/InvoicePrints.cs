using Suite.Docs.Forms;
using Suite.Finance.Events;

namespace Suite.Docs.Application.Documents;

/// <summary>An issued invoice as Finance announced it, turned into what the printed form shows.</summary>
internal static class InvoicePrints
{
    public static InvoicePrint From(InvoiceIssuedEto invoice)
    {
        var seller = invoice.Seller;
        var vat = invoice.VatByRate.Where(v => v.Rate is not null).Select(v => new VatPrint(v.Rate!.Value, v.Vat)).ToList();
        // With VAT on top the lines print net and the subtotal is the net sum; with VAT included both are the totals.
        var lines = invoice.Lines.OrderBy(l => l.Position)
            .Select(l => new InvoicePrintLine(l.Position, l.Description, l.Quantity, l.Unit, l.UnitPrice, invoice.PricesIncludeVat ? l.Total : l.Net))
            .ToList();
        return new InvoicePrint(
            invoice.Number,
            invoice.IssueDate,
            invoice.DueDate,
            Organisation(seller),
            Bank(seller),
            new CounterpartyPrint(invoice.Buyer.Name, invoice.Buyer.TaxId, invoice.Buyer.Kpp, invoice.Buyer.Address),
            lines,
            vat,
            invoice.PricesIncludeVat ? invoice.Total : invoice.TotalNet,
            invoice.Total,
            Purpose(invoice, vat),
            invoice.PricesIncludeVat);
    }

    private static string Purpose(InvoiceIssuedEto invoice, IReadOnlyList<VatPrint> vat)
    {
        var purpose = $"Оплата по счёту № {invoice.Number} от {PrintFormat.Date(invoice.IssueDate, Language.Russian)}";
        return vat.Count == 0 ? purpose + ". Без НДС" : purpose + $". В т.ч. НДС {PrintFormat.Money(invoice.TotalVat, Language.Russian)}";
    }

    /// <summary>Our organisation as every form prints it, from the requisites Finance publishes.</summary>
    public static OrganisationPrint Organisation(OrganisationUpdatedEto? o) => o is null
        ? new OrganisationPrint("", "", null, "", "", "")
        : new OrganisationPrint(o.Name, o.TaxId ?? "", o.Kpp, o.LegalAddress ?? "", o.Director ?? "", o.ChiefAccountant ?? "", Image(o.Logo),
            Image(o.Signature), null, Image(o.Stamp));

    public static BankAccountPrint Bank(OrganisationUpdatedEto? o) => o?.MainBankAccount is { } bank
        ? new BankAccountPrint(bank.BankName, bank.Bic ?? "", bank.CorrespondentAccount ?? "", bank.AccountNumber)
        : new BankAccountPrint("", "", "", "");

    /// <summary>The bytes of a data URL ("data:image/png;base64,…"); null for none or one that is not base64.</summary>
    internal static byte[]? Image(string? dataUrl)
    {
        if (string.IsNullOrEmpty(dataUrl))
            return null;
        var comma = dataUrl.IndexOf(',');
        if (!dataUrl.StartsWith("data:", StringComparison.Ordinal) || comma < 0 || !dataUrl[..comma].EndsWith(";base64", StringComparison.Ordinal))
            return null;
        try { return Convert.FromBase64String(dataUrl[(comma + 1)..]); }
        catch (FormatException) { return null; }
    }
}
