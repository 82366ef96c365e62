using System.Text.RegularExpressions;
using Shouldly;
using Suite.Docs.Templates;
using Xunit;

namespace Suite.Docs.Tests;

/// <summary>A proposal template that uses every merge field and helper, as text and as the PDF a client reads.</summary>
public sealed class DocumentTemplateTests
{
    private const string Proposal = """
        # Коммерческое предложение № {{ document.number }} от {{ document.date }}
        {{ organisation.name }}, ИНН {{ organisation.inn }}, КПП {{ organisation.kpp }}
        {{ organisation.address }}
        {{ organisation.bank_name }}, БИК {{ organisation.bic }}, р/с {{ organisation.account }}, к/с {{ organisation.correspondent_account }}

        >> {{ company.name }}, ИНН {{ company.inn }}, КПП {{ company.kpp }}
        >> {{ company.address }}, {{ company.phone }}, {{ company.email }}
        >> {{ contact.position }} {{ contact.full_name }}, {{ contact.phone }}, {{ contact.email }}

        ## {{ deal.title }} ({{ deal.stage }}), срок {{ deal.close_date }}
        | № | Наименование | Кол-во | Ед. | Цена | Сумма |
        |---|---|---|---|---|---|
        {{~ for line in deal.lines ~}}
        | {{ line.number }} | {{ line.name }} | {{ format_number line.quantity }} | {{ line.unit }} | {{ format_money line.price }} | {{ format_money line.amount }} |
        {{~ end ~}}
        **Итого: {{ format_money deal.amount }} {{ deal.currency }}, позиций {{ deal.lines.size }}**
        {{ amount_in_words deal.amount }}
        Дата: {{ today }} ({{ format_date today }})
        ---
        >> {{ user.position }} {{ user.full_name }}, {{ user.email }}, {{ user.phone }}
        >> Руководитель {{ organisation.director }}
        """;

    private const string Expected = """
        # Коммерческое предложение № КП-2026-0007 от 03.12.2026
        ООО «Оконный Мир», ИНН 7701234567, КПП 770101001
        123456, г. Москва, ул. Стекольная, д. 5
        ПАО СБЕРБАНК, БИК 044525225, р/с 40702810938000012345, к/с 30101810400000000225

        >> ООО «Ромашка», ИНН 5003012345, КПП 500301001
        >> 142100, г. Подольск, ул. Садовая, д. 1, +7 495 123-45-67, info@romashka.ru
        >> Генеральный директор Иванов Иван Иванович, +7 916 000-00-01, ivanov@romashka.ru

        ## Остекление офиса (Предложение), срок 25.12.2026
        | № | Наименование | Кол-во | Ед. | Цена | Сумма |
        |---|---|---|---|---|---|
        | 1 | Окно ПВХ двустворчатое 1300×1400 | 3 | шт | 25 000,00 | 75 000,00 |
        | 2 | Монтаж окна | 3 | усл | 8 500,00 | 25 500,00 |
        | 3 | Подоконник 1500 мм | 6 | шт | 3 500,25 | 21 001,50 |
        **Итого: 121 501,50 RUB, позиций 3**
        Сто двадцать одна тысяча пятьсот один рубль 50 копеек
        Дата: 03.12.2026 (3 декабря 2026 г.)
        ---
        >> Менеджер по продажам Смирнова Ольга Петровна, smirnova@oknamir.ru, +7 495 765-43-21
        >> Руководитель Петров П. П.
        """;

    [Fact]
    public void Should_Render_Every_Merge_Field_To_The_Exact_Text()
    {
        var rendering = DocumentTemplate.Render(Proposal, SampleTemplateModel.Create());

        rendering.Errors.ShouldBeEmpty();
        // Amounts keep their no-break spaces in the text; the expectation reads them as plain spaces.
        rendering.Text!.Replace('\u00A0', ' ').ShouldBe(Expected);
    }

    [Fact]
    public void Should_List_Every_Catalogue_Field_In_The_Proposal()
    {
        foreach (var field in TemplateFields.All)
            Proposal.ShouldContain(field.Name, Case.Sensitive);
        TemplateFields.All.Select(f => f.Name).ShouldBeUnique();
    }

    [Fact]
    public void Should_Format_Money_Numbers_And_Dates_In_Russian_Style()
    {
        Text("{{ format_money 1234.5 }}").ShouldBe("1\u00A0234,50");
        Text("{{ format_money 0 }}|{{ format_money null }}").ShouldBe("0,00|");
        Text("{{ format_number 1500.5 }}").ShouldBe("1\u00A0500,5");
        Text("{{ today }} {{ format_date today }} {{ format_date '2026-01-31' }}").ShouldBe("03.12.2026 3 декабря 2026 г. 31 января 2026 г.");
        Text("{{ amount_in_words 21.05 }}").ShouldBe("Двадцать один рубль 05 копеек");
        Text("{{ 'договор' | string.upcase }} {{ [3, 1, 2] | array.sort | array.join ',' }} {{ math.round 2.567 2 }}").ShouldBe("ДОГОВОР 1,2,3 2.57");
    }

    [Fact]
    public void Should_Leave_An_Empty_Card_Field_Empty()
    {
        var model = SampleTemplateModel.Create() with { Contact = null, Deal = null };

        var rendering = DocumentTemplate.Render("[{{ contact.full_name }}][{{ deal.lines.size }}]{{ if !contact.phone }} без телефона{{ end }}", model);

        rendering.Text.ShouldBe("[][0] без телефона");
    }

    [Fact]
    public void Should_Print_The_Company_A_Deal_Line_And_The_Amount_In_Words_In_The_Pdf()
    {
        var rendering = DocumentTemplate.Render(Proposal, SampleTemplateModel.Create());

        var text = Read(FreeFormDocument.Render(rendering.Text!));

        text.ShouldContain("Коммерческое предложение", Case.Sensitive);
        text.ShouldContain("ООО «Ромашка», ИНН 5003012345, КПП 500301001", Case.Sensitive);
        text.ShouldContain("№ Наименование Кол-во Ед. Цена Сумма", Case.Sensitive);
        text.ShouldContain("2 Монтаж окна 3 усл 8 500,00 25 500,00", Case.Sensitive);
        text.ShouldContain("Итого: 121 501,50 RUB, позиций 3", Case.Sensitive);
        text.ShouldContain("Сто двадцать одна тысяча пятьсот один рубль 50 копеек", Case.Sensitive);
        text.ShouldContain("Руководитель Петров П. П.", Case.Sensitive);
        text.ShouldContain("Страница 1 из 1", Case.Sensitive);
        text.ShouldNotContain("**");
        text.ShouldNotContain("|");
        text.ShouldNotContain(">>");
    }

    [Fact]
    public void Should_Break_A_Long_Table_Across_Pages_With_Its_Header()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 80).Select(i => $"| {i} | Работа номер {i} |"));
        var pdf = FreeFormDocument.Render($"# Приложение 1\n| № | Работа |\n|---|---|\n{rows}");

        var pages = PdfTools.PageCount(pdf);
        pages.ShouldBeGreaterThan(1);
        Read(pdf, pages).ShouldContain("№ Работа", Case.Sensitive);
        Read(pdf, pages).ShouldContain("80 Работа номер 80", Case.Sensitive);
    }

    private static string Text(string body) =>
        DocumentTemplate.Render(body, SampleTemplateModel.Create()) is { Succeeded: true } r ? r.Text! : string.Join("; ", DocumentTemplate.Render(body, SampleTemplateModel.Create()).Errors);

    // pdftotext -layout spaces columns apart; one space between words keeps the assertions exact but readable.
    private static string Read(byte[] pdf, int? page = null) =>
        string.Join('\n', PdfTools.Text(pdf, page).Split('\n').Select(line => Regex.Replace(line.Trim(), " {2,}", " ")));
}
