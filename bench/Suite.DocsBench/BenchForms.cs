using SkiaSharp;
using Suite.Docs.Forms;

namespace Suite.DocsBench;

/// <summary>The printed documents the bench renders: the tests' window company invoice (3 lines, or 60), and its act, waybill and proposal.</summary>
internal static class BenchForms
{
    private static readonly OrganisationPrint Us = new("ООО «Оконный Мир»", "7701234567", "770101001",
        "123456, г. Москва, ул. Стекольная, д. 5, офис 12", "Петров П. П.", "Сидорова А. В.");
    private static readonly BankAccountPrint Bank = new("ПАО СБЕРБАНК г. Москва", "044525225", "30101810400000000225", "40702810938000012345");
    private static readonly CounterpartyPrint Buyer = new("ООО «Ромашка»", "5003012345", "500301001", "142700, Московская обл., г. Видное, ул. Садовая, д. 1");

    public static readonly InvoicePrintLine[] ThreeLines =
    [
        new(1, "Окно ПВХ двустворчатое 1300×1400", 3, "шт", 25_000m, 75_000m),
        new(2, "Монтаж окна", 3, "усл", 8_500m, 25_500m),
        new(3, "Подоконник 1500 мм", 6, "шт", 3_500.25m, 21_001.50m),
    ];

    public static InvoicePrint Invoice(int? lines = null, bool images = false)
    {
        IReadOnlyList<InvoicePrintLine> printed = lines is { } count
            ? Enumerable.Range(1, count).Select(i => new InvoicePrintLine(i, $"Позиция каталога номер {i}", 1, "шт", 1_000m + i, 1_000m + i)).ToList()
            : ThreeLines;
        var total = printed.Sum(l => l.Amount);
        var vat = decimal.Round(total * 22m / 122m, 2, MidpointRounding.AwayFromZero);
        return new InvoicePrint("42", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 10), images ? WithImages(Us) : Us, Bank, Buyer,
            printed, [new VatPrint(22m, vat)], total, total,
            $"Оплата по счёту № 42 от 3 декабря 2026 г. Сумма {total:0.00} В т.ч. НДС (22%) {vat:0.00}");
    }

    public static ActPrint Act()
    {
        var invoice = Invoice();
        return new ActPrint("7", invoice.Date, Us, Bank, Buyer, "Счёт № 42 от 3 декабря 2026 г.", invoice.Lines, invoice.Vat, invoice.Subtotal, invoice.Total);
    }

    public static ProposalPrint Proposal()
    {
        var invoice = Invoice();
        return new ProposalPrint("КП-2026-0005", invoice.Date, Us, Bank, Buyer, "Иванов Иван Иванович", "Остекление офиса",
            invoice.Lines, invoice.Vat, invoice.Subtotal, invoice.Total, new ManagerPrint("Кузнецова Мария", null, "+7 495 111-22-33", "kuznetsova@okna.ru"));
    }

    public static WaybillPrint Waybill()
    {
        var lines = ThreeLines.Select(l =>
        {
            var vat = decimal.Round(l.Amount * 0.22m, 2, MidpointRounding.AwayFromZero);
            return new WaybillPrintLine(l.No, l.Name, $"A-{l.No:000}", l.Unit, "796", l.Quantity, l.Price, l.Amount, 22m, vat, l.Amount + vat);
        }).ToList();
        return new WaybillPrint("15", new DateOnly(2026, 12, 3), Us, Bank, null, Buyer, Buyer, "Договор № 12 от 1 ноября 2026 г.", lines,
            lines.Sum(l => l.Quantity), lines.Sum(l => l.AmountWithoutVat), lines.Sum(l => l.VatAmount), lines.Sum(l => l.Amount), "Смирнов С. С.");
    }

    private static OrganisationPrint WithImages(OrganisationPrint organisation) => organisation with
    {
        Logo = Image(300, 80, SKEncodedImageFormat.Jpeg),
        DirectorSignature = Image(180, 60, SKEncodedImageFormat.Png),
        AccountantSignature = Image(180, 60, SKEncodedImageFormat.Png),
        Stamp = Image(200, 200, SKEncodedImageFormat.Png),
    };

    private static byte[] Image(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(format == SKEncodedImageFormat.Png ? SKColors.Transparent : SKColors.White);
            using var paint = new SKPaint { Color = SKColors.DarkBlue, Style = SKPaintStyle.Stroke, StrokeWidth = 4, IsAntialias = true };
            canvas.DrawOval(width / 2f, height / 2f, width / 2.5f, height / 2.5f, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
