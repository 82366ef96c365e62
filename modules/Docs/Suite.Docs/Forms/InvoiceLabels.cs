namespace Suite.Docs.Forms;

/// <summary>The fixed words of the invoice form in one language; the shared ones are in <see cref="FormLabels"/>.</summary>
internal sealed record InvoiceLabels(
    string PayeeBank, string AccountNo, string Payee, string Title, string DueDate, string Supplier, string Buyer,
    string Goods, string Total, string ItemsSummary, string Purpose, string Director, string Accountant, string QrCaption)
{
    public static InvoiceLabels For(Language language) => language == Language.Russian ? Russian : English;

    private static readonly InvoiceLabels Russian = new(
        "Банк получателя", "Сч. №", "Получатель", "Счёт на оплату", "Оплатить до", "Поставщик:", "Покупатель:",
        "Товары (работы, услуги)", "Всего к оплате:", "Всего наименований {0}, на сумму {1} руб.", "Назначение платежа:",
        "Руководитель", "Бухгалтер", "Оплата по QR-коду");

    private static readonly InvoiceLabels English = new(
        "Payee's bank", "Acc. No.", "Payee", "Invoice", "Due date", "Supplier:", "Buyer:",
        "Goods (work, services)", "Total due:", "Total items {0}, amount {1} RUB", "Payment purpose:",
        "Director", "Chief accountant", "Pay by QR code");
}
