using ClosedXML.Excel;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;
using Suite.Docs.Templates;
using Xunit;
using static Suite.Docs.Tests.DocxFiles;

namespace Suite.Docs.Tests;

/// <summary>
/// A Word proposal filled from «Ромашка»'s deal: fields that Word split into several runs, a table whose line row
/// repeats per deal line between its header and totals rows, a header and a footer; read back with OpenXml.
/// </summary>
public sealed class DocxTemplateTests
{
    private const string Nbsp = "\u00A0";

    private static byte[] Proposal() => Create(
        [
            // "Предложение для {{ company.name }}, ИНН {{ company.inn }}." as Word may store it: the first field starts
            // in a bold run and runs on through a spell-check mark, a bookmark and two plain runs; the second starts
            // at the end of a plain run.
            Paragraph(
                Run("Предложение для "),
                Run("{{ comp", bold: true),
                new ProofError { Type = ProofingErrorValues.SpellStart },
                Run("any.na"),
                new ProofError { Type = ProofingErrorValues.SpellEnd },
                new BookmarkStart { Id = "0", Name = "buyer" },
                Run("me }"),
                new BookmarkEnd { Id = "0" },
                Run("}, ИНН {"),
                Run("{ company.inn }}.")),
            Paragraph("Адрес: {{ company.address }}"),
            Table(
                Row(Cell("№"), Cell("Наименование"), Cell("Кол-во"), Cell("Цена"), Cell("Сумма")),
                Row(Cell("{{ line.number }}"), Cell(Run("{{ line.", bold: true), Run("name }}")), Cell("{{ format_number line.quantity }} {{ line.unit }}"),
                    Cell("{{ format_money line.price }}"), Cell("{{ format_money line.amount }}")),
                Row(Cell("Итого"), Cell(""), Cell(""), Cell(""), Cell("{{ format_money deal.amount }}"))),
            Paragraph("{{ amount_in_words deal.amount }}"),
            Paragraph("{{ if contact.phone }}Телефон: {{ contact.phone }}{{ else }}Телефона нет{{ end }}"),
        ],
        header: Paragraph(Run("{{ organisation.name }}, ИНН "), Run("{{ organisation", bold: true), Run(".inn }}")),
        footer: Paragraph("{{ user.full_name }}, {{ format_date today }}"));

    [Fact]
    public void Should_Fill_Fields_Word_Split_Across_Runs_In_The_Formatting_Of_Their_First_Run()
    {
        var filled = Read(Fill(Proposal()));

        var paragraph = filled.Body.Elements<Paragraph>().First();
        TextOf(paragraph).ShouldBe("Предложение для ООО «Ромашка», ИНН 5003012345.");
        var name = paragraph.Descendants<Run>().Single(run => run.InnerText.Contains("Ромашка"));
        name.InnerText.ShouldBe("ООО «Ромашка»");
        name.RunProperties?.Bold.ShouldNotBeNull();
        paragraph.Descendants<Run>().Where(run => run.RunProperties?.Bold is null).Select(run => run.InnerText)
            .ShouldBe(["Предложение для ", "", "", ", ИНН 5003012345", "."]);
        TextOf(filled.Body.Elements<Paragraph>().ElementAt(1)).ShouldBe("Адрес: 142100, г. Подольск, ул. Садовая, д. 1");
    }

    [Fact]
    public void Should_Repeat_The_Line_Row_Once_Per_Deal_Line_Between_The_Header_And_The_Totals()
    {
        var filled = Read(Fill(Proposal()));

        var rows = filled.Body.Elements<Table>().Single().Elements<TableRow>().ToList();
        rows.Select(Cells).ShouldBe(
        [
            ["№", "Наименование", "Кол-во", "Цена", "Сумма"],
            ["1", "Окно ПВХ двустворчатое 1300×1400", "3 шт", $"25{Nbsp}000,00", $"75{Nbsp}000,00"],
            ["2", "Монтаж окна", "3 усл", $"8{Nbsp}500,00", $"25{Nbsp}500,00"],
            ["3", "Подоконник 1500 мм", "6 шт", $"3{Nbsp}500,25", $"21{Nbsp}001,50"],
            ["Итого", "", "", "", $"121{Nbsp}501,50"],
        ]);
        foreach (var row in rows.Skip(1).Take(3))
            row.Elements<TableCell>().ElementAt(1).Descendants<Run>().First().RunProperties?.Bold.ShouldNotBeNull();
    }

    [Fact]
    public void Should_Fill_Helpers_Blocks_Within_A_Paragraph_The_Header_And_The_Footer()
    {
        var filled = Read(Fill(Proposal()));

        var paragraphs = filled.Body.Elements<Paragraph>().Select(TextOf).ToList();
        paragraphs[2].ShouldBe("Сто двадцать одна тысяча пятьсот один рубль 50 копеек");
        paragraphs[3].ShouldBe("Телефон: +7 916 000-00-01");
        TextOf(filled.Header!).ShouldBe("ООО «Оконный Мир», ИНН 7701234567");
        filled.Header!.Descendants<Run>().Single(run => run.InnerText == "7701234567").RunProperties?.Bold.ShouldNotBeNull();
        TextOf(filled.Footer!).ShouldBe("Смирнова Ольга Петровна, 3 декабря 2026 г.");
    }

    [Fact]
    public void Should_Leave_No_Field_And_Write_A_Valid_Word_File()
    {
        var filled = Read(Fill(Proposal()));

        filled.DocumentXml.ShouldNotContain("{{");
        filled.DocumentXml.ShouldNotContain("}}");
        filled.Header!.OuterXml.ShouldNotContain("{{");
        filled.Footer!.OuterXml.ShouldNotContain("{{");
        filled.ValidationErrors.ShouldBeEmpty();
        Read(Proposal()).ValidationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Fill_Every_Merge_Field_In_Its_Place()
    {
        var model = SampleTemplateModel.Create();
        var names = TemplateFields.All.Select(f => f.Name)
            .Where(name => !name.StartsWith("line.", StringComparison.Ordinal) && name != "deal.lines" && name.Contains('.') || name == "today")
            .ToList();
        var docx = Create(names.Select(name => (DocumentFormat.OpenXml.OpenXmlElement)Paragraph($"{name} = {{{{ {name} }}}}")).ToArray());

        var paragraphs = Read(Fill(docx, model)).Body.Elements<Paragraph>().Select(TextOf).ToList();

        paragraphs.Count.ShouldBe(names.Count);
        foreach (var (name, text) in names.Zip(paragraphs))
            text.ShouldBe($"{name} = {DocumentTemplate.Render($"{{{{ {name} }}}}", model).Text}");
        paragraphs.ShouldContain("company.name = ООО «Ромашка»");
        paragraphs.ShouldContain("deal.close_date = 25.12.2026");
        paragraphs.ShouldContain("organisation.correspondent_account = 30101810400000000225");
    }

    [Fact]
    public void Should_Escape_Values_And_Turn_Newlines_Into_Line_Breaks()
    {
        var model = SampleTemplateModel.Create();
        model = model with { Company = model.Company! with { Name = "<Рога & \"Копыта\">", Address = "Москва\r\nул. Садовая, д. 1\nофис 5" } };
        var docx = Create(Paragraph(Run("Покупатель: ", bold: true), Run("{{ company.name }}")), Paragraph("Адрес: {{ company.address }}."));

        var filled = Read(Fill(docx, model));

        var paragraphs = filled.Body.Elements<Paragraph>().ToList();
        TextOf(paragraphs[0]).ShouldBe("Покупатель: <Рога & \"Копыта\">");
        TextOf(paragraphs[1]).ShouldBe("Адрес: Москва\nул. Садовая, д. 1\nофис 5.");
        paragraphs[1].Descendants<Break>().Count().ShouldBe(2);
        filled.ValidationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Print_The_Word_Line_In_A_Block_As_Text()
    {
        var docx = Create(Paragraph("{{ if deal.title }}Deal line: {{ deal.title }}{{ end }}"));

        TextOf(Read(Fill(docx)).Body.Elements<Paragraph>().Single()).ShouldBe("Deal line: Остекление офиса");
    }

    [Fact]
    public void Should_Read_Word_Typographic_Quotes_In_Tags_As_Plain_Ones()
    {
        var docx = Create(Paragraph("«{{ company.inn | string.append “ / ” | string.append «КПП » }}{{ if contact.phone != ‘’ }}, тел.{{ end }}»"));

        TextOf(Read(Fill(docx)).Body.Elements<Paragraph>().Single()).ShouldBe("«5003012345 / КПП , тел.»");
    }

    [Fact]
    public void Should_Drop_The_Line_Row_When_There_Is_No_Deal()
    {
        var docx = Create(Table(
            Row(Cell("Наименование"), Cell("Сумма")),
            Row(Cell("{{ line.name }}"), Cell("{{ line.amount }}")),
            Row(Cell("Итого"), Cell("{{ deal.amount }}"))));

        var filled = Read(Fill(docx, SampleTemplateModel.Create() with { Deal = null }));

        filled.Body.Descendants<TableRow>().Select(Cells).ShouldBe([["Наименование", "Сумма"], ["Итого", ""]]);
    }

    [Fact]
    public void Should_Work_Next_To_A_ClosedXml_Workbook_In_The_Same_Process()
    {
        // ClosedXML 0.95.4 writes with DocumentFormat.OpenXml too: both must run on the one 2.20.0 loaded here.
        var docx = Read(Fill(Proposal()));
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Остатки");
            sheet.Cell(1, 1).Value = "Монтаж окна";
            sheet.Cell(1, 2).Value = 8_500.50m;
            workbook.SaveAs(stream);
        }
        stream.Position = 0;
        using var reopened = new XLWorkbook(stream);

        reopened.Worksheet("Остатки").Cell(1, 1).GetString().ShouldBe("Монтаж окна");
        reopened.Worksheet("Остатки").Cell(1, 2).GetValue<decimal>().ShouldBe(8_500.50m);
        TextOf(docx.Body).ShouldContain("Монтаж окна");
        typeof(XLWorkbook).Assembly.GetReferencedAssemblies().Single(a => a.Name == "DocumentFormat.OpenXml").Version
            .ShouldNotBeNull().Major.ShouldBeLessThan(3);
        typeof(Paragraph).Assembly.GetName().Version!.ToString().ShouldStartWith("2.20.");
    }

    private static byte[] Fill(byte[] docx, TemplateModel? model = null)
    {
        var filling = DocxTemplate.Fill(docx, model ?? SampleTemplateModel.Create());
        filling.Errors.ShouldBeEmpty();
        return filling.Docx.ShouldNotBeNull();
    }
}
