namespace Suite.Docs.Forms;

/// <summary>The fixed words of the invoice form in one language.</summary>
internal sealed record InvoiceLabels(
    string PayeeBank, string Bic, string AccountNo, string Inn, string Kpp, string Payee,
    string Title, string Dated, string DueDate, string Supplier, string Buyer,
    string No, string Goods, string Quantity, string Unit, string Price, string Amount,
    string Subtotal, string VatIncluded, string VatOnTop, string NoVat, string Total,
    string ItemsSummary, string Currency, string Purpose, string Director, string Accountant, string QrCaption, string PageOf)
{
    public static InvoiceLabels For(Language language) => language == Language.Russian ? Russian : English;

    private static readonly InvoiceLabels Russian = new(
        "Банк получателя", "БИК", "Сч. №", "ИНН", "КПП", "Получатель",
        "Счёт на оплату №", "от", "Оплатить до", "Поставщик:", "Покупатель:",
        "№", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена", "Сумма",
        "Итого:", "В том числе НДС", "НДС", "Без НДС", "Всего к оплате:",
        "Всего наименований {0}, на сумму {1} руб.", "руб.", "Назначение платежа:",
        "Руководитель", "Бухгалтер", "Оплата по QR-коду", "Страница {0} из {1}");

    private static readonly InvoiceLabels English = new(
        "Payee's bank", "BIC", "Acc. No.", "INN", "KPP", "Payee",
        "Invoice No.", "dated", "Due date", "Supplier:", "Buyer:",
        "No.", "Goods (work, services)", "Qty", "Unit", "Price", "Amount",
        "Subtotal:", "Including VAT", "VAT", "VAT exempt", "Total due:",
        "Total items {0}, amount {1} RUB", "RUB", "Payment purpose:",
        "Director", "Chief accountant", "Pay by QR code", "Page {0} of {1}");
}
