using SkiaSharp;
using Suite.Docs.Forms;
using Suite.Docs.Rendering;

namespace Suite.DocsBench;

/// <summary>
/// The reference: the same invoice's words drawn straight onto a one-page SkiaSharp PDF with the same bundled fonts,
/// one string after another at fixed places, with no layout (no measuring, wrapping, tables, borders, QR code or
/// footer pass). What is left is the cost Skia's PDF backend itself has for that much text in those fonts, which no
/// layout on top of it can go below.
/// </summary>
internal static class SkiaOnly
{
    public static byte[] Render(InvoicePrint invoice)
    {
        var texts = Texts(invoice);
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(PageSize.A4.Width, PageSize.A4.Height);
            using var regular = new SKFont(DocumentFonts.Regular, 9) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            using var bold = new SKFont(DocumentFonts.Bold, 9) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var y = 60f;
            for (var i = 0; i < texts.Count; i++)
            {
                canvas.DrawText(texts[i], 57, y, i % 3 == 0 ? bold : regular, paint);
                y += 11;
            }
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>A blank page: the fixed cost of a PDF document.</summary>
    public static byte[] Blank()
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            document.BeginPage(PageSize.A4.Width, PageSize.A4.Height);
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    // The strings the invoice form prints (labels, requisites, each cell of each line, totals, words, signatures, purpose).
    private static List<string> Texts(InvoicePrint invoice)
    {
        var language = Language.Russian;
        var texts = new List<string>
        {
            invoice.Bank.BankName, "БИК", invoice.Bank.Bic, "Банк получателя", "Сч. №", invoice.Bank.CorrespondentAccount,
            $"ИНН {invoice.Supplier.Inn}", $"КПП {invoice.Supplier.Kpp}", "Сч. №", invoice.Bank.Account, invoice.Supplier.Name, "Получатель",
            $"Счёт на оплату № {invoice.Number} от {PrintFormat.Date(invoice.Date, language)}",
            "Поставщик:", $"{invoice.Supplier.Name}, ИНН {invoice.Supplier.Inn}, КПП {invoice.Supplier.Kpp}, {invoice.Supplier.Address}",
            "Покупатель:", $"{invoice.Buyer.Name}, ИНН {invoice.Buyer.Inn}, КПП {invoice.Buyer.Kpp}, {invoice.Buyer.Address}",
            "Оплатить до:", PrintFormat.Date(invoice.DueDate!.Value, language),
            "№", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена", "Сумма",
        };
        foreach (var line in invoice.Lines)
            texts.AddRange([line.No.ToString(), line.Name, PrintFormat.Quantity(line.Quantity, language), line.Unit,
                PrintFormat.Money(line.Price, language), PrintFormat.Money(line.Amount, language)]);
        texts.AddRange([
            "Итого:", PrintFormat.Money(invoice.Subtotal, language), "В том числе НДС 22 %:", PrintFormat.Money(invoice.Vat[0].Amount, language),
            "Всего к оплате:", PrintFormat.Money(invoice.Total, language),
            $"Всего наименований {invoice.Lines.Count}, на сумму {PrintFormat.Money(invoice.Total, language)} руб.",
            AmountInWords.Write(invoice.Total, language),
            "Руководитель", invoice.Supplier.Director, "Бухгалтер", invoice.Supplier.ChiefAccountant,
            $"Назначение платежа: {invoice.Purpose}", "Оплата по QR-коду", "Страница 1 из 1",
        ]);
        return texts;
    }
}
