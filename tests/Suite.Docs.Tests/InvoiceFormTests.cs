using System.Diagnostics;
using System.Text.RegularExpressions;
using Shouldly;
using Suite.Docs.Forms;
using Xunit;
using Xunit.Abstractions;

namespace Suite.Docs.Tests;

/// <summary>The invoice PDF read back by poppler and zbar: what a buyer and their bank app see.</summary>
public sealed class InvoiceFormTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_Print_Both_Parties_Every_Line_The_Vat_And_The_Total_In_Russian()
    {
        var text = Read(InvoiceForm.Render(SampleInvoice.Create(), Language.Russian));

        text.ShouldContain("Счёт на оплату № 42 от 3 декабря 2026 г.", Case.Sensitive);
        text.ShouldContain("ИНН 7701234567", Case.Sensitive);
        text.ShouldContain("КПП 770101001", Case.Sensitive);
        text.ShouldContain("ООО «Ромашка», ИНН 5003012345, КПП 500301001", Case.Sensitive);
        text.ShouldContain("ПАО СБЕРБАНК г. Москва", Case.Sensitive);
        text.ShouldContain("БИК 044525225", Case.Sensitive);
        text.ShouldContain("40702810938000012345", Case.Sensitive);
        text.ShouldContain("№ Товары (работы, услуги) Кол-во Ед. Цена Сумма", Case.Sensitive);
        text.ShouldContain("1 Окно ПВХ двустворчатое 1300×1400 3 шт 25 000,00 75 000,00", Case.Sensitive);
        text.ShouldContain("2 Монтаж окна 3 усл 8 500,00 25 500,00", Case.Sensitive);
        text.ShouldContain("3 Подоконник 1500 мм 6 шт 3 500,25 21 001,50", Case.Sensitive);
        text.ShouldContain("Итого: 121 501,50", Case.Sensitive);
        text.ShouldContain("В том числе НДС 22 %: 21 910,11", Case.Sensitive);
        text.ShouldContain("Всего к оплате: 121 501,50", Case.Sensitive);
        text.ShouldContain("Всего наименований 3, на сумму 121 501,50 руб.", Case.Sensitive);
        text.ShouldContain("Сто двадцать одна тысяча пятьсот один рубль 50 копеек", Case.Sensitive);
        text.ShouldContain("Оплатить до: 10 декабря 2026 г.", Case.Sensitive);
        text.ShouldContain("Руководитель Петров П. П.", Case.Sensitive);
        text.ShouldContain("Бухгалтер Сидорова А. В.", Case.Sensitive);
        text.ShouldContain("Страница 1 из 1", Case.Sensitive);
    }

    [Fact]
    public void Should_Print_The_English_Variant()
    {
        var text = Read(InvoiceForm.Render(SampleInvoice.Create(), Language.English));

        text.ShouldContain("Invoice No. 42 dated 3 December 2026", Case.Sensitive);
        text.ShouldContain("INN 7701234567", Case.Sensitive);
        text.ShouldContain("ООО «Ромашка», INN 5003012345, KPP 500301001", Case.Sensitive);
        text.ShouldContain("1 Окно ПВХ двустворчатое 1300×1400 3 шт 25,000.00 75,000.00", Case.Sensitive);
        text.ShouldContain("Including VAT 22 %: 21,910.11", Case.Sensitive);
        text.ShouldContain("Total due: 121,501.50", Case.Sensitive);
        text.ShouldContain("Total items 3, amount 121,501.50 RUB", Case.Sensitive);
        text.ShouldContain("One hundred twenty-one thousand five hundred one roubles 50 kopecks", Case.Sensitive);
        text.ShouldContain("Due date: 10 December 2026", Case.Sensitive);
        text.ShouldContain("Chief accountant Сидорова А. В.", Case.Sensitive);
        text.ShouldContain("Page 1 of 1", Case.Sensitive);
    }

    [Fact]
    public void Should_Print_Without_Vat_When_No_Rate_Is_Given()
    {
        var text = Read(InvoiceForm.Render(SampleInvoice.Create() with { Vat = [] }, Language.Russian));

        text.ShouldContain("Без НДС: -", Case.Sensitive);
        text.ShouldNotContain("В том числе НДС");
    }

    [Fact]
    public void Should_Carry_The_Gost_Payment_Text_In_The_Qr_Code()
    {
        var invoice = SampleInvoice.Create();

        var decoded = PdfTools.QrCode(InvoiceForm.Render(invoice, Language.Russian));

        decoded.ShouldBe("ST00012|Name=ООО «Оконный Мир»|PersonalAcc=40702810938000012345|BankName=ПАО СБЕРБАНК г. Москва" +
            "|BIC=044525225|CorrespAcc=30101810400000000225|PayeeINN=7701234567|KPP=770101001|Sum=12150150" +
            "|Purpose=" + SampleInvoice.Purpose);
    }

    [Fact]
    public void Should_Strip_The_Field_Separator_From_Qr_Values() =>
        PaymentQr.Payload(SampleInvoice.Create() with { Purpose = "Оплата | аванс" }).ShouldEndWith("|Purpose=Оплата  аванс");

    [Fact]
    public void Should_Repeat_The_Header_Row_On_Every_Page_Of_A_Long_Invoice()
    {
        var pdf = InvoiceForm.Render(SampleInvoice.WithLines(60), Language.Russian);

        var pages = PdfTools.PageCount(pdf);
        pages.ShouldBeGreaterThanOrEqualTo(2);
        for (var page = 1; page <= pages; page++)
        {
            var text = Read(pdf, page);
            text.ShouldContain("№ Товары (работы, услуги) Кол-во Ед. Цена Сумма", Case.Sensitive);
            text.ShouldContain($"Страница {page} из {pages}", Case.Sensitive);
        }
        var all = Read(pdf);
        for (var line = 1; line <= 60; line++)
            all.ShouldContain($"{line} Позиция каталога номер {line} 1 шт {1000 + line:#,0}".Replace(',', ' ') + ",00", Case.Sensitive);
        Read(pdf, pages).ShouldContain("Всего наименований 60", Case.Sensitive);
    }

    [Fact]
    public void Should_Keep_A_One_Page_Invoice_With_Images_Under_100_KB()
    {
        var invoice = SampleInvoice.Create(images: true);
        var pdf = InvoiceForm.Render(invoice, Language.Russian);

        var plain = InvoiceForm.Render(SampleInvoice.Create(), Language.Russian);
        var withImages = TimeHundred(invoice);
        var withoutImages = TimeHundred(SampleInvoice.Create());

        output.WriteLine($"One-page invoice PDF: {plain.Length / 1024.0:0.0} KB without images, {pdf.Length / 1024.0:0.0} KB with logo, signatures and stamp");
        output.WriteLine($"100 invoices rendered in {withoutImages.TotalSeconds:0.00} s without images, {withImages.TotalSeconds:0.00} s with them");
        if (Environment.GetEnvironmentVariable("SUITE_DOCS_SAMPLES") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "invoice-ru.pdf"), pdf);
            File.WriteAllBytes(Path.Combine(folder, "invoice-en.pdf"), InvoiceForm.Render(invoice, Language.English));
            File.WriteAllBytes(Path.Combine(folder, "invoice-60-lines.pdf"), InvoiceForm.Render(SampleInvoice.WithLines(60), Language.Russian));
        }
        PdfTools.PageCount(pdf).ShouldBe(1);
        pdf.Length.ShouldBeLessThan(100 * 1024);
        plain.Length.ShouldBeLessThan(100 * 1024);
    }

    [Fact]
    public void Should_Render_Invoices_In_Parallel_Requests()
    {
        var pdfs = new byte[8][];
        Parallel.For(0, pdfs.Length, i => pdfs[i] = InvoiceForm.Render(SampleInvoice.Create(images: true), Language.Russian));

        foreach (var pdf in pdfs)
            Read(pdf).ShouldContain("Сто двадцать одна тысяча пятьсот один рубль 50 копеек", Case.Sensitive);
    }

    private static TimeSpan TimeHundred(InvoicePrint invoice)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++) InvoiceForm.Render(invoice, Language.Russian);
        return watch.Elapsed;
    }

    // pdftotext -layout spaces columns apart; one space between words keeps the assertions exact but readable.
    private static string Read(byte[] pdf, int? page = null) =>
        string.Join('\n', PdfTools.Text(pdf, page).Split('\n').Select(line => Regex.Replace(line.Trim(), " {2,}", " ")));
}
