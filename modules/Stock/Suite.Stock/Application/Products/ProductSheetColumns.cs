using System.Globalization;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.Application.Products;

/// <summary>
/// The columns of the catalog's spreadsheet: the export writes these names, and the import reads them back along
/// with the Russian headings people type (Артикул, Наименование, Ед., Цена, НДС…).
/// </summary>
internal static class ProductSheetColumns
{
    public const string Sku = "sku";
    public const string Name = "name";
    public const string Unit = "unit";
    public const string Barcode = "barcode";
    public const string Category = "category";
    public const string SalePrice = "salePrice";
    public const string VatRate = "vatRate";
    public const string IsService = "isService";
    public const string MinQuantity = "minQuantity";
    public const string Valuation = "valuationMethod";
    public const string IsArchived = "isArchived";

    private static readonly Dictionary<string, string> Aliases = Build(new()
    {
        [Sku] = ["sku", "артикул", "арт"],
        [Name] = ["name", "наименование", "название", "товар"],
        [Unit] = ["unit", "ед", "едизм", "единица", "единицаизмерения"],
        [Barcode] = ["barcode", "штрихкод", "ean"],
        [Category] = ["category", "категория", "группа"],
        [SalePrice] = ["saleprice", "price", "цена", "ценапродажи"],
        [VatRate] = ["vatrate", "vat", "ндс", "ставкандс"],
        [IsService] = ["isservice", "service", "услуга"],
        [MinQuantity] = ["minquantity", "миностаток", "минимальныйостаток", "минимум"],
        [Valuation] = ["valuationmethod", "способоценки", "оценка"],
        [IsArchived] = ["isarchived", "archived", "архив", "вархиве"],
    });

    /// <summary>The column a header names, whatever its case, spacing and punctuation ("Мин. остаток", "НДС, %"), or null.</summary>
    public static string? Match(string header) => Aliases.GetValueOrDefault(Normalise(header));

    public static string Method(ValuationMethod method) => method == Domain.Products.ValuationMethod.Fifo ? "fifo" : "movingAverage";

    public static bool TryMethod(string text, out ValuationMethod method)
    {
        switch (Normalise(text))
        {
            case "fifo" or "фифо":
                method = Domain.Products.ValuationMethod.Fifo;
                return true;
            case "movingaverage" or "average" or "средняя" or "посредней" or "среднее":
                method = Domain.Products.ValuationMethod.MovingAverage;
                return true;
            default:
                method = default;
                return false;
        }
    }

    /// <summary>Numbers as Excel in Russia writes them ("1 500,50") or as a workbook cell gives them ("1500.5"); "20%" is 20.</summary>
    public static bool TryNumber(string text, out decimal number)
    {
        var s = text.Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "").TrimEnd('%');
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
            s = comma > dot ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
        else
            s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    public static bool TryFlag(string text, out bool flag)
    {
        switch (Normalise(text))
        {
            case "1" or "true" or "да" or "yes" or "y" or "д" or "+" or "истина":
                flag = true;
                return true;
            case "0" or "false" or "нет" or "no" or "n" or "н" or "-" or "ложь":
                flag = false;
                return true;
            default:
                flag = false;
                return false;
        }
    }

    private static string Normalise(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant().Replace('ё', 'е');
        return trimmed is "+" or "-" ? trimmed : string.Concat(trimmed.Where(char.IsLetterOrDigit));
    }

    private static Dictionary<string, string> Build(Dictionary<string, string[]> columns) =>
        columns.SelectMany(c => c.Value.Select(alias => (alias, c.Key))).ToDictionary(a => a.alias, a => a.Key);
}
