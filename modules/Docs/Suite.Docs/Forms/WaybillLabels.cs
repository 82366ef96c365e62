namespace Suite.Docs.Forms;

/// <summary>The fixed words of the ТОРГ-12 waybill in one language.</summary>
internal sealed record WaybillLabels(
    string UnifiedForm, string Title, string Consignor, string Consignee, string Supplier, string Payer,
    string Goods, string Code, string Unit, string UnitCode, string Quantity, string Price, string WithoutVat,
    string VatRate, string VatAmount, string WithVat, string Total,
    string Summary, string ItemOne, string ItemFew, string ItemMany,
    string ReleaseAllowed, string ChiefAccountant, string ReleasedBy, string AcceptedBy, string ReceivedBy)
{
    public static WaybillLabels For(Language language) => language == Language.Russian ? Russian : English;

    private static readonly WaybillLabels Russian = new(
        "Унифицированная форма № ТОРГ-12\nУтверждена постановлением Госкомстата России от 25.12.98 № 132",
        "Товарная накладная", "Грузоотправитель:", "Грузополучатель:", "Поставщик:", "Плательщик:",
        "Товар, наименование", "Код товара", "Ед. изм., наименование", "Код по ОКЕИ", "Количество (масса нетто)",
        "Цена, руб. коп.", "Сумма без учёта НДС, руб. коп.", "НДС, ставка, %", "НДС, сумма, руб. коп.",
        "Сумма с учётом НДС, руб. коп.", "Всего по накладной",
        "Всего отпущено {0} {1} на сумму {2} руб.", "наименование", "наименования", "наименований",
        "Отпуск разрешил", "Главный бухгалтер", "Отпуск груза произвел", "Груз принял", "Груз получил грузополучатель");

    private static readonly WaybillLabels English = new(
        "Unified form TORG-12",
        "Delivery note", "Consignor:", "Consignee:", "Supplier:", "Payer:",
        "Goods", "Item code", "Unit", "OKEI code", "Quantity (net)",
        "Price, RUB", "Amount excl. VAT, RUB", "VAT rate, %", "VAT amount, RUB",
        "Amount incl. VAT, RUB", "Total",
        "Total released {0} {1}, amount {2} RUB", "item", "items", "items",
        "Release authorised by", "Chief accountant", "Released by", "Accepted by", "Received by the consignee");
}
