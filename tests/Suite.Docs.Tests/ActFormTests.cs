using Shouldly;
using Suite.Docs.Forms;
using Xunit;
using static Suite.Docs.Tests.SampleForms;

namespace Suite.Docs.Tests;

/// <summary>The act of services rendered read back by pdftotext, as the customer's accountant reads it.</summary>
public sealed class ActFormTests
{
    [Fact]
    public void Should_Print_Both_Parties_The_Basis_Every_Service_The_Vat_The_Total_And_The_Acceptance()
    {
        var text = Read(Keep(ActForm.Render(Act(), Language.Russian, FormOptions.Default), "act-ru.pdf"));

        text.ShouldContain("Акт № 7 от 3 декабря 2026 г.", Case.Sensitive);
        text.ShouldContain("Исполнитель: ООО «Оконный Мир», ИНН 7701234567, КПП 770101001", Case.Sensitive);
        text.ShouldContain("р/с 40702810938000012345 в ПАО СБЕРБАНК г.", Case.Sensitive);
        text.ShouldContain("БИК 044525225, к/с 30101810400000000225", Case.Sensitive);
        text.ShouldContain("Заказчик: ООО «Ромашка», ИНН 5003012345, КПП 500301001", Case.Sensitive);
        text.ShouldContain("Основание: Счёт № 42 от 3 декабря 2026 г.", Case.Sensitive);
        text.ShouldContain("№ Наименование работ, услуг Кол-во Ед. Цена Сумма", Case.Sensitive);
        text.ShouldContain("1 Окно ПВХ двустворчатое 1300×1400 3 шт 25 000,00 75 000,00", Case.Sensitive);
        text.ShouldContain("2 Монтаж окна 3 усл 8 500,00 25 500,00", Case.Sensitive);
        text.ShouldContain("3 Подоконник 1500 мм 6 шт 3 500,25 21 001,50", Case.Sensitive);
        text.ShouldContain("Итого: 121 501,50", Case.Sensitive);
        text.ShouldContain("В том числе НДС 22 %: 21 910,11", Case.Sensitive);
        text.ShouldContain("Всего: 121 501,50", Case.Sensitive);
        text.ShouldContain("Всего оказано услуг 3, на сумму 121 501,50 руб.", Case.Sensitive);
        text.ShouldContain("Сто двадцать одна тысяча пятьсот один рубль 50 копеек", Case.Sensitive);
        text.ShouldContain("Вышеперечисленные услуги выполнены полностью и в срок.", Case.Sensitive);
        text.ShouldContain("срокам оказания услуг не имеет.", Case.Sensitive);
        text.ShouldContain("Исполнитель Заказчик", Case.Sensitive);
        text.ShouldContain("Петров П. П.", Case.Sensitive);
        text.ShouldContain("М.П. М.П.", Case.Sensitive);
        text.ShouldContain("Страница 1 из 1", Case.Sensitive);
    }

    [Fact]
    public void Should_Print_Без_НДС_And_No_Basis_Line_When_There_Is_None()
    {
        var text = Read(ActForm.Render(Act() with { Vat = [], Basis = null }, Language.Russian, FormOptions.Default));

        text.ShouldContain("Без НДС: -", Case.Sensitive);
        text.ShouldNotContain("В том числе НДС");
        text.ShouldNotContain("Основание");
    }

    [Fact]
    public void Should_Print_The_English_Certificate_Of_Services_Rendered()
    {
        var text = Read(Keep(ActForm.Render(Act(), Language.English, FormOptions.Default), "act-en.pdf"));

        text.ShouldContain("Certificate of services rendered No. 7 dated 3 December 2026", Case.Sensitive);
        text.ShouldContain("Contractor: ООО «Оконный Мир», INN 7701234567, KPP 770101001", Case.Sensitive);
        text.ShouldContain("Customer: ООО «Ромашка», INN 5003012345", Case.Sensitive);
        text.ShouldContain("Basis: Счёт № 42 от 3 декабря 2026 г.", Case.Sensitive);
        text.ShouldContain("1 Окно ПВХ двустворчатое 1300×1400 3 шт 25,000.00 75,000.00", Case.Sensitive);
        text.ShouldContain("Including VAT 22 %: 21,910.11", Case.Sensitive);
        text.ShouldContain("Total services rendered 3, amount 121,501.50 RUB", Case.Sensitive);
        text.ShouldContain("One hundred twenty-one thousand five hundred one roubles 50 kopecks", Case.Sensitive);
        text.ShouldContain("The above services have been rendered in full and on time.", Case.Sensitive);
        text.ShouldContain("Page 1 of 1", Case.Sensitive);
    }
}
