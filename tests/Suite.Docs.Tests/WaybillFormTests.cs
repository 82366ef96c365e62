using Shouldly;
using Suite.Docs.Forms;
using Xunit;
using static Suite.Docs.Tests.SampleForms;

namespace Suite.Docs.Tests;

/// <summary>The ТОРГ-12 waybill read back by pdftotext and pdfinfo, as the consignee's storekeeper reads it.</summary>
public sealed class WaybillFormTests
{
    [Fact]
    public void Should_Print_The_Four_Parties_The_Goods_With_Vat_Per_Line_The_Totals_And_The_Signatures_On_Landscape_A4()
    {
        var pdf = Keep(WaybillForm.Render(Waybill(), Language.Russian, FormOptions.Default), "waybill-ru.pdf");
        var text = Read(pdf);

        PdfTools.PageSize(pdf).ShouldBe("842 x 595");
        text.ShouldContain("Унифицированная форма № ТОРГ-12", Case.Sensitive);
        text.ShouldContain("Грузоотправитель: ООО «Оконный Мир», ИНН 7701234567, КПП 770101001", Case.Sensitive);
        text.ShouldContain("Грузополучатель: ООО «Ромашка», ИНН 5003012345, КПП 500301001", Case.Sensitive);
        text.ShouldContain("Поставщик: ООО «Оконный Мир», ИНН 7701234567", Case.Sensitive);
        text.ShouldContain("Плательщик: ООО «Ромашка», ИНН 5003012345", Case.Sensitive);
        text.ShouldContain("40702810401300012345 в АО «АЛЬФА-БАНК», БИК 044525593", Case.Sensitive);
        text.ShouldContain("Основание: Договор № 12 от 1 ноября 2026 г.", Case.Sensitive);
        text.ShouldContain("Товарная накладная № 15 от 3 декабря 2026 г.", Case.Sensitive);
        text.ShouldContain("1 Окно ПВХ двустворчатое 1300×1400 OK-1314 шт 796 3 25 000,00 75 000,00 22 % 16 500,00 91 500,00", Case.Sensitive);
        text.ShouldContain("2 Подоконник 1500 мм PD-150 шт 796 6 3 500,25 21 001,50 10 % 2 100,15 23 101,65", Case.Sensitive);
        text.ShouldContain("3 Москитная сетка MS-1 шт 796 2 990,00 1 980,00 Без НДС - 1 980,00", Case.Sensitive);
        text.ShouldContain("Всего по накладной 11 X 97 981,50 X 18 600,15 116 581,65", Case.Sensitive);
        text.ShouldContain("Всего отпущено 3 наименования на сумму 116 581,65 руб.", Case.Sensitive);
        text.ShouldContain("Сто шестнадцать тысяч пятьсот восемьдесят один рубль 65 копеек", Case.Sensitive);
        text.ShouldContain("Отпуск разрешил", Case.Sensitive);
        text.ShouldContain("Главный бухгалтер", Case.Sensitive);
        text.ShouldContain("Отпуск груза произвел", Case.Sensitive);
        text.ShouldContain("Смирнов С. С.", Case.Sensitive);
        text.ShouldContain("Груз принял", Case.Sensitive);
        text.ShouldContain("Груз получил грузополучатель", Case.Sensitive);
        text.ShouldContain("Страница 1 из 1", Case.Sensitive);
    }

    [Fact]
    public void Should_Span_Pages_With_The_Table_Header_And_Page_Numbers_On_Each()
    {
        var pdf = Keep(WaybillForm.Render(Waybill(60), Language.Russian, FormOptions.Default), "waybill-60-lines.pdf");

        var pages = PdfTools.PageCount(pdf);
        pages.ShouldBeGreaterThanOrEqualTo(2);
        for (var page = 1; page <= pages; page++)
        {
            var text = Read(pdf, page);
            text.ShouldContain("Товар, наименование", Case.Sensitive);
            text.ShouldContain("Сумма с учётом", Case.Sensitive);
            text.ShouldContain($"Страница {page} из {pages}", Case.Sensitive);
        }
        var all = Read(pdf);
        for (var line = 1; line <= 60; line++)
        {
            var net = 2 * (1_000m + line);
            all.ShouldContain($"{line} Позиция каталога номер {line} A-{line:000} шт 796 2 {Money(1_000m + line)} {Money(net)} 22 %", Case.Sensitive);
        }
        Read(pdf, pages).ShouldContain("Всего отпущено 60 наименований на сумму", Case.Sensitive);
    }

    [Fact]
    public void Should_Print_The_English_Delivery_Note()
    {
        var text = Read(Keep(WaybillForm.Render(Waybill(), Language.English, FormOptions.Default), "waybill-en.pdf"));

        text.ShouldContain("Delivery note No. 15 dated 3 December 2026", Case.Sensitive);
        text.ShouldContain("Consignor: ООО «Оконный Мир», INN 7701234567", Case.Sensitive);
        text.ShouldContain("Consignee: ООО «Ромашка», INN 5003012345", Case.Sensitive);
        text.ShouldContain("3 Москитная сетка MS-1 шт 796 2 990.00 1,980.00 VAT", Case.Sensitive);
        text.ShouldContain("Total released 3 items, amount 116,581.65 RUB", Case.Sensitive);
        text.ShouldContain("One hundred sixteen thousand five hundred eighty-one roubles 65 kopecks", Case.Sensitive);
        text.ShouldContain("Received by the consignee", Case.Sensitive);
        text.ShouldContain("Page 1 of 1", Case.Sensitive);
    }

    private static string Money(decimal amount) => PrintFormat.Money(amount, Language.Russian).Replace('\u00A0', ' ');
}
