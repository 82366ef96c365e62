namespace Suite.Docs.Forms;

/// <summary>The words every printed form shares (requisites, the lines table, totals, signatures), in one language.</summary>
internal sealed record FormLabels(
    string NumberSign, string Dated, string Inn, string Kpp, string Account, string In, string Bic, string CorrespondentAccount,
    string No, string Quantity, string Unit, string Price, string Amount,
    string Subtotal, string VatIncluded, string VatOnTop, string NoVat, string Currency,
    string Basis, string Stamp, string SignatureHint, string NameHint, string PageOf)
{
    public static FormLabels For(Language language) => language == Language.Russian ? Russian : English;

    private static readonly FormLabels Russian = new(
        "№", "от", "ИНН", "КПП", "р/с", "в", "БИК", "к/с",
        "№", "Кол-во", "Ед.", "Цена", "Сумма",
        "Итого:", "В том числе НДС", "НДС", "Без НДС", "руб.",
        "Основание:", "М.П.", "подпись", "расшифровка подписи", "Страница {0} из {1}");

    private static readonly FormLabels English = new(
        "No.", "dated", "INN", "KPP", "acc.", "at", "BIC", "corr. acc.",
        "No.", "Qty", "Unit", "Price", "Amount",
        "Subtotal:", "Including VAT", "VAT", "VAT exempt", "RUB",
        "Basis:", "Seal", "signature", "name", "Page {0} of {1}");
}
