namespace Suite.Docs.Forms;

/// <summary>The payment QR text of GOST R 56042-2014 that Russian banking apps read to fill in a payment.</summary>
internal static class PaymentQr
{
    // "ST0001" is the format, "2" says the text is UTF-8.
    private const string Header = "ST00012";

    public static string Payload(InvoicePrint invoice)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("Name", invoice.Supplier.Name),
            ("PersonalAcc", invoice.Bank.Account),
            ("BankName", invoice.Bank.BankName),
            ("BIC", invoice.Bank.Bic),
            ("CorrespAcc", invoice.Bank.CorrespondentAccount),
            ("PayeeINN", invoice.Supplier.Inn),
            ("KPP", invoice.Supplier.Kpp),
            ("Sum", decimal.Round(invoice.Total * 100, 0, MidpointRounding.AwayFromZero).ToString("0")),
            ("Purpose", invoice.Purpose),
        };
        return string.Join('|', fields
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => f.Name + "=" + Clean(f.Value!))
            .Prepend(Header));
    }

    // '|' separates the fields, so a value cannot hold one; line breaks would end the text for some readers.
    private static string Clean(string value) =>
        value.Replace("|", "").Replace("\r", " ").Replace("\n", " ").Trim();
}
