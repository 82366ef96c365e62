using Shouldly;
using Suite.Docs.Forms;
using Xunit;
using static Suite.Docs.Tests.SampleForms;

namespace Suite.Docs.Tests;

/// <summary>The commercial proposal from a deal read back by pdftotext, as the client reads it.</summary>
public sealed class ProposalFormTests
{
    [Fact]
    public void Should_Print_Our_Requisites_To_Whom_The_Lines_Totals_Validity_And_The_Manager()
    {
        var proposal = Proposal() with { Seller = WithImages(Us) };

        var text = Read(Keep(ProposalForm.Render(proposal, Language.Russian, FormOptions.Default), "proposal-ru.pdf"));

        text.ShouldContain("ООО «Оконный Мир», ИНН 7701234567, КПП 770101001", Case.Sensitive);
        text.ShouldContain("БИК 044525225", Case.Sensitive);
        text.ShouldContain("Кому: ООО «Ромашка», ИНН 5003012345, КПП 500301001", Case.Sensitive);
        text.ShouldContain("Контактное лицо: Иванов Иван Иванович", Case.Sensitive);
        text.ShouldContain("Коммерческое предложение № КП-2026-0005 от 3 декабря", Case.Sensitive);
        text.ShouldContain("Предмет: Остекление офиса", Case.Sensitive);
        text.ShouldContain("Благодарим за интерес к нашей компании.", Case.Sensitive);
        text.ShouldContain("1 Окно ПВХ двустворчатое 1300×1400 3 шт 25 000,00 75 000,00", Case.Sensitive);
        text.ShouldContain("2 Монтаж окна 3 усл 8 500,00 25 500,00", Case.Sensitive);
        text.ShouldContain("3 Подоконник 1500 мм 6 шт 3 500,25 21 001,50", Case.Sensitive);
        text.ShouldContain("В том числе НДС 22 %: 21 910,11", Case.Sensitive);
        text.ShouldContain("Итого к оплате: 121 501,50", Case.Sensitive);
        text.ShouldContain("Сто двадцать одна тысяча пятьсот один рубль 50 копеек", Case.Sensitive);
        text.ShouldContain("Предложение действительно до 17 декабря 2026 г.", Case.Sensitive);
        text.ShouldContain("Будем рады ответить на ваши вопросы", Case.Sensitive);
        text.ShouldContain("Менеджер по продажам Кузнецова Мария", Case.Sensitive);
        text.ShouldContain("Тел. +7 495 111-22-33, E-mail kuznetsova@okna.ru", Case.Sensitive);
    }

    [Fact]
    public void Should_Take_Its_Texts_And_Validity_From_The_Template()
    {
        var options = FormOptions.Parse("""
            valid_days: 30
            intro: |
              Уважаемый Иван Иванович!
              Предлагаем остекление под ключ.
            closing: Ждём вашего ответа.
            """, FormKind.Proposal).Options!;

        var text = Read(ProposalForm.Render(Proposal(), Language.Russian, options));

        text.ShouldContain("Уважаемый Иван Иванович!\nПредлагаем остекление под ключ.", Case.Sensitive);
        text.ShouldContain("Предложение действительно до 2 января 2027 г.", Case.Sensitive);
        text.ShouldContain("Ждём вашего ответа.", Case.Sensitive);
        text.ShouldNotContain("Благодарим за интерес");
    }

    [Fact]
    public void Should_Print_The_English_Variant()
    {
        var text = Read(Keep(ProposalForm.Render(Proposal(), Language.English, FormOptions.Default), "proposal-en.pdf"));

        text.ShouldContain("Commercial proposal No. КП-2026-0005 dated 3 December 2026", Case.Sensitive);
        text.ShouldContain("To: ООО «Ромашка», INN 5003012345", Case.Sensitive);
        text.ShouldContain("Thank you for your interest in our company.", Case.Sensitive);
        text.ShouldContain("Total: 121,501.50", Case.Sensitive);
        text.ShouldContain("This proposal is valid until 17 December 2026.", Case.Sensitive);
        text.ShouldContain("One hundred twenty-one thousand five hundred one roubles 50 kopecks", Case.Sensitive);
        text.ShouldContain("Phone +7 495 111-22-33, E-mail kuznetsova@okna.ru", Case.Sensitive);
    }
}
