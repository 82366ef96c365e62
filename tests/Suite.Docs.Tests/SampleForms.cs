using SkiaSharp;
using Suite.Docs.Forms;

namespace Suite.Docs.Tests;

/// <summary>The window company's act, waybill and proposal to ООО «Ромашка», on the same three lines as the sample invoice.</summary>
internal static class SampleForms
{
    public static readonly OrganisationPrint Us = new("ООО «Оконный Мир»", "7701234567", "770101001",
        "123456, г. Москва, ул. Стекольная, д. 5, офис 12", "Петров П. П.", "Сидорова А. В.");

    public static readonly BankAccountPrint OurBank = new("ПАО СБЕРБАНК г. Москва", "044525225", "30101810400000000225", "40702810938000012345");

    public static readonly CounterpartyPrint Buyer = new("ООО «Ромашка»", "5003012345", "500301001",
        "142700, Московская обл., г. Видное, ул. Садовая, д. 1", new BankAccountPrint("АО «АЛЬФА-БАНК»", "044525593", "30101810200000000593", "40702810401300012345"));

    public static readonly InvoicePrintLine[] Lines =
    [
        new(1, "Окно ПВХ двустворчатое 1300×1400", 3, "шт", 25_000m, 75_000m),
        new(2, "Монтаж окна", 3, "усл", 8_500m, 25_500m),
        new(3, "Подоконник 1500 мм", 6, "шт", 3_500.25m, 21_001.50m),
    ];

    public const decimal Total = 121_501.50m;
    public const decimal Vat = 21_910.11m;

    public static OrganisationPrint WithImages(OrganisationPrint organisation) => organisation with
    {
        Logo = Image(300, 80, SKColors.SteelBlue),
        DirectorSignature = Image(180, 60, SKColors.DarkBlue),
        AccountantSignature = Image(180, 60, SKColors.DarkBlue),
        Stamp = Image(200, 200, SKColors.MediumBlue),
    };

    public static ActPrint Act() => new("7", new DateOnly(2026, 12, 3), Us, OurBank, Buyer with { Bank = null },
        "Счёт № 42 от 3 декабря 2026 г.", Lines, [new VatPrint(22m, Vat)], Total, Total);

    public static ProposalPrint Proposal() => new("КП-2026-0005", new DateOnly(2026, 12, 3), Us, OurBank, Buyer with { Bank = null },
        "Иванов Иван Иванович", "Остекление офиса", Lines, [new VatPrint(22m, Vat)], Total, Total,
        new ManagerPrint("Кузнецова Мария", "Менеджер по продажам", "+7 495 111-22-33", "kuznetsova@okna.ru"));

    /// <summary>Lines of 10 % and 22 % VAT on top of the net price, or as many 22 % lines as asked.</summary>
    public static WaybillPrint Waybill(int? lines = null)
    {
        var printed = lines is { } count
            ? Enumerable.Range(1, count).Select(i => Line(i, $"Позиция каталога номер {i}", $"A-{i:000}", 2, 1_000m + i, 22m)).ToList()
            : [Line(1, "Окно ПВХ двустворчатое 1300×1400", "OK-1314", 3, 25_000m, 22m), Line(2, "Подоконник 1500 мм", "PD-150", 6, 3_500.25m, 10m),
               Line(3, "Москитная сетка", "MS-1", 2, 990m, null)];
        return new WaybillPrint("15", new DateOnly(2026, 12, 3), Us, OurBank, null, Buyer, Buyer, "Договор № 12 от 1 ноября 2026 г.", printed,
            printed.Sum(l => l.Quantity), printed.Sum(l => l.AmountWithoutVat), printed.Sum(l => l.VatAmount), printed.Sum(l => l.Amount),
            "Смирнов С. С.");
    }

    private static WaybillPrintLine Line(int no, string name, string code, decimal quantity, decimal price, decimal? rate)
    {
        var net = quantity * price;
        var vat = rate is { } r ? decimal.Round(net * r / 100, 2, MidpointRounding.AwayFromZero) : 0;
        return new WaybillPrintLine(no, name, code, "шт", "796", quantity, price, net, rate, vat, net + vat);
    }

    private static byte[] Image(int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = 4, IsAntialias = true };
            canvas.DrawOval(width / 2f, height / 2f, width / 2.5f, height / 2.5f, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }

    /// <summary>The PDF's text as pdftotext -layout reads it, one space between words, so assertions stay readable.</summary>
    public static string Read(byte[] pdf, int? page = null) =>
        string.Join('\n', PdfTools.Text(pdf, page).Split('\n').Select(line => System.Text.RegularExpressions.Regex.Replace(line.Trim(), " {2,}", " ")));

    /// <summary>Keeps the PDF in SUITE_DOCS_SAMPLES when set, to look at by eye.</summary>
    public static byte[] Keep(byte[] pdf, string name)
    {
        if (Environment.GetEnvironmentVariable("SUITE_DOCS_SAMPLES") is { Length: > 0 } folder)
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        return pdf;
    }
}
