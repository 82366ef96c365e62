using SkiaSharp;
using Suite.Docs.Forms;

namespace Suite.Docs.Tests;

/// <summary>A window company's invoice to a buyer: three lines for 121 501,50 with VAT 22 % included, or as many lines as asked.</summary>
internal static class SampleInvoice
{
    public const string Purpose = "Оплата по счёту № 42 от 3 декабря 2026 г. Сумма 121501-50 В т.ч. НДС (22%) 21910-11";

    public static InvoicePrint Create(bool images = false) => With(
    [
        new(1, "Окно ПВХ двустворчатое 1300×1400", 3, "шт", 25_000m, 75_000m),
        new(2, "Монтаж окна", 3, "усл", 8_500m, 25_500m),
        new(3, "Подоконник 1500 мм", 6, "шт", 3_500.25m, 21_001.50m),
    ], images);

    public static InvoicePrint WithLines(int count) =>
        With(Enumerable.Range(1, count).Select(i => new InvoicePrintLine(i, $"Позиция каталога номер {i}", 1, "шт", 1_000m + i, 1_000m + i)).ToList(), false);

    private static InvoicePrint With(IReadOnlyList<InvoicePrintLine> lines, bool images)
    {
        var total = lines.Sum(l => l.Amount);
        var vat = decimal.Round(total * 22m / 122m, 2, MidpointRounding.AwayFromZero);
        return new InvoicePrint(
            "42", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 10),
            new OrganisationPrint("ООО «Оконный Мир»", "7701234567", "770101001", "123456, г. Москва, ул. Стекольная, д. 5, офис 12",
                "Петров П. П.", "Сидорова А. В.",
                Logo: images ? Image(300, 80, SKColors.SteelBlue, SKEncodedImageFormat.Jpeg) : null,
                DirectorSignature: images ? Image(180, 60, SKColors.DarkBlue) : null,
                AccountantSignature: images ? Image(180, 60, SKColors.DarkBlue) : null,
                Stamp: images ? Image(200, 200, SKColors.MediumBlue) : null),
            new BankAccountPrint("ПАО СБЕРБАНК г. Москва", "044525225", "30101810400000000225", "40702810938000012345"),
            new CounterpartyPrint("ООО «Ромашка»", "5003012345", "500301001", "142700, Московская обл., г. Видное, ул. Садовая, д. 1"),
            lines, [new VatPrint(22m, vat)], total, total, Purpose);
    }

    // The logo is a JPEG, the signatures and the stamp are PNGs with transparency, as scans usually are.
    private static byte[] Image(int width, int height, SKColor color, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(format == SKEncodedImageFormat.Png ? SKColors.Transparent : SKColors.White);
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = 4, IsAntialias = true };
            canvas.DrawOval(width / 2f, height / 2f, width / 2.5f, height / 2.5f, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
