using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Shouldly;
using Suite.Docs.Templates;
using Xunit;
using static Suite.Docs.Tests.DocxFiles;

namespace Suite.Docs.Tests;

/// <summary>
/// What an admin hears about an uploaded Word template: files that are not one, fields that do not compile or name
/// nothing, and the sandbox's refusals (the same as for free-form templates), each placed by part, paragraph or cell
/// and quoted.
/// </summary>
public sealed class DocxTemplateCheckTests
{
    public DocxTemplateCheckTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Should_Accept_A_Template_That_Only_Uses_Fields() =>
        DocxTemplate.Check(Create(
            Paragraph("Договор с {{ company.name }} от {{ format_date today }}"),
            Table(Row(Cell("{{ line.number }}"), Cell("{{ line.name }}")), Row(Cell("Итого"), Cell("{{ format_money deal.amount }}")))))
            .ShouldBeEmpty();

    [Fact]
    public void Should_Report_Unknown_Fields_With_Their_Places()
    {
        var errors = DocxTemplate.Check(Create(
            Paragraph("Заголовок"),
            Paragraph(Run("Покупатель: {{ comp"), Run("any.nme }}")),
            Table(
                Row(Cell("№"), Cell("Наименование")),
                Row(Cell("{{ line.number }}"), Cell("{{ line.nam }}")))));

        errors.ShouldBe(
        [
            new DocxTemplateError(TemplateErrorKind.Runtime, "Body, table 1, row 2, cell 2: «{{ line.nam }}»",
                "`nam` is not a field here: the field list shows what a template can use."),
            new DocxTemplateError(TemplateErrorKind.Runtime, "Body, paragraph 2: «Покупатель: {{ company.nme }}»",
                "`nme` is not a field here: the field list shows what a template can use."),
        ]);
    }

    [Fact]
    public void Should_Report_An_Unknown_Name_In_The_Footer() =>
        DocxTemplate.Check(Create([Paragraph("Текст")], footer: Paragraph("{{ compny.name }}")))
            .ShouldBe([new DocxTemplateError(TemplateErrorKind.Runtime, "Footer, paragraph 1: «{{ compny.name }}»", "The variable or function `compny` was not found")]);

    [Fact]
    public void Should_Speak_Russian_By_Default()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");

        var error = DocxTemplate.Check(Create(Paragraph("{{ line.name }}"))).Single();

        error.Place.ShouldBe("Текст документа, абзац 1: «{{ line.name }}»");
        error.Message.ShouldStartWith("Поля line.… выводят строки сделки");
    }

    [Theory]
    [InlineData("{{ company.GetType }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.")]
    [InlineData("{{ \"\".GetType().Assembly }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.")]
    [InlineData("{{ today.GetType.Assembly.Location }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.")]
    [InlineData("{{ date.parse('2026-12-03').ticks }}", "Runtime", "`ticks` is not a field here: the field list shows what a template can use.")]
    [InlineData("{{ environment.machine_name }}", "Runtime", "The variable or function `environment` was not found")]
    [InlineData("{{ object.eval 'include \"/etc/passwd\"' }}", "Runtime", "The variable or function `object` was not found")]
    [InlineData("{{ include '/etc/passwd' }}", "Refused", TemplateBuiltins.IncludeRefused)]
    [InlineData("{{ import '/etc/passwd' }}", "Runtime", "Unexpected value `string` for import. Expecting an plain script object.")]
    [InlineData("{{ date.now }}", "Refused", TemplateBuiltins.NowRefused)]
    [InlineData("{{ while true }}x{{ end }}", "LoopLimit", "Exceeding number of iteration limit `1000` for loop statement.")]
    [InlineData("{{ for i in 1..900 }}{{ for j in 1..900 }}{{ end }}{{ end }}", "LoopLimit", "Exceeding number of iteration limit `1000` for loop statement.")]
    [InlineData("{{ 'x' * 100000000 }}", "OutputLimit", "String multiplication exceeds LimitToString `1000000`.")]
    [InlineData("{{ deal.amount * }}", "Syntax", "Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>")]
    public void Should_Refuse_What_The_Sandbox_Refuses(string field, string kind, string message)
    {
        var error = DocxTemplate.Check(Create(Paragraph($"Текст {field} и дальше"))).Single();

        error.Kind.ShouldBe(Enum.Parse<TemplateErrorKind>(kind));
        error.Message.ShouldBe(message);
        error.Place.ShouldStartWith("Body, paragraph 1: «Текст {{ ");
        error.ToString().ShouldNotContain(Environment.MachineName);
        error.ToString().ShouldNotContain("root:x:0:0");
    }

    [Fact]
    public void Should_Stop_A_Template_That_Runs_Past_The_Time_Limit()
    {
        // A billion calls, written as one field: within the recursion limit, cut off by the time limit.
        var docx = Create(Paragraph("{{ func tree(n); if n > 0; tree(n - 1); tree(n - 1); end; end; tree(30) }}"), Paragraph("{{ company.name }}"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var filling = DocxTemplate.Fill(docx, SampleTemplateModel.Create(), TemplateLimits.Default with { Timeout = TimeSpan.FromMilliseconds(300) });

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        filling.Docx.ShouldBeNull();
        filling.Errors.Single().Kind.ShouldBe(TemplateErrorKind.Timeout);
    }

    [Fact]
    public void Should_Stop_A_Document_Whose_Fields_Together_Run_Past_Its_Time_Budget()
    {
        // Each field stays within its own limit; five thousand of them take longer than the document may. The output
        // limit is lifted, so only time can stop it, however fast the machine.
        var docx = Create(Enumerable.Range(0, 5000).Select(_ => (OpenXmlElement)Paragraph("{{ for i in 1..999 }}{{ i * i }}{{ end }}")).ToArray());

        var filling = DocxTemplate.Fill(docx, SampleTemplateModel.Create(),
            TemplateLimits.Default with { Timeout = TimeSpan.FromMilliseconds(100), OutputLimit = int.MaxValue });

        filling.Docx.ShouldBeNull();
        var error = filling.Errors.Single();
        error.Kind.ShouldBe(TemplateErrorKind.Timeout);
        // Usually the document's budget (0.5 s); on a loaded machine one field may already pass its own 0.1 s.
        error.Message.ShouldBeOneOf("The template took longer than 0.5 s to fill.", "The template took longer than 0.1 s to render.");
    }

    [Fact]
    public void Should_Count_The_Output_Limit_Over_The_Whole_Document()
    {
        var docx = Create(Enumerable.Range(0, 30).Select(_ => (OpenXmlElement)Paragraph("{{ company.name | string.pad_right 50000 }}")).ToArray());

        var error = DocxTemplate.Fill(docx, SampleTemplateModel.Create()).Errors.Single();

        error.ShouldBe(new DocxTemplateError(TemplateErrorKind.OutputLimit, "", "The document's text is longer than the limit of 1000000 characters."));
    }

    [Fact]
    public void Should_Throw_When_The_Caller_Cancels()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() =>
            DocxTemplate.Fill(Create(Paragraph("{{ company.name }}")), SampleTemplateModel.Create(), cancellation: cancelled.Token));
    }

    [Fact]
    public void Should_Report_An_Unclosed_Field() =>
        DocxTemplate.Check(Create(Paragraph("Договор с {{ company.name"), Paragraph("}} от {{ today }}"))).ShouldBe(
        [
            new DocxTemplateError(TemplateErrorKind.Syntax, "Body, paragraph 1: «Договор с {{ company.name»",
                "`{{` is not closed by `}}` in this paragraph: a field must be whole within one paragraph or table cell."),
        ]);

    [Fact]
    public void Should_Refuse_A_Block_Across_Paragraphs()
    {
        var errors = DocxTemplate.Check(Create(Paragraph("{{ if contact.phone }}"), Paragraph("Телефон: {{ contact.phone }}"), Paragraph("{{ end }}")));

        errors.Select(e => e.Place).ShouldBe(["Body, paragraph 1: «{{ if contact.phone }}»", "Body, paragraph 3: «{{ end }}»"]);
        errors.ShouldAllBe(e => e.Kind == TemplateErrorKind.Syntax && e.Message.StartsWith("An {{ if }}/{{ for }} block must open and close ({{ end }}) within one paragraph"));
    }

    [Fact]
    public void Should_Refuse_Line_Fields_Outside_A_Table_Row() =>
        DocxTemplate.Check(Create(Paragraph("Первая позиция: {{ line.name }}"))).ShouldBe(
        [
            new DocxTemplateError(TemplateErrorKind.Runtime, "Body, paragraph 1: «Первая позиция: {{ line.name }}»",
                "line.… fields print the deal's lines and work only in a table row, which is repeated once per deal line."),
        ]);

    [Fact]
    public void Should_Quote_A_Long_Paragraph_Around_The_Field()
    {
        var text = new string('а', 200) + " {{ company.nme }} " + new string('б', 200);

        var place = DocxTemplate.Check(Create(Paragraph(text))).Single().Place;

        place.ShouldBe($"Body, paragraph 1: «…{new string('а', 19)} {{{{ company.nme }}}} {new string('б', 22)}…»");
    }

    [Fact]
    public void Should_Refuse_A_File_That_Is_Not_A_Zip() =>
        DocxTemplate.Check("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray()).ShouldBe(
        [
            new DocxTemplateError(TemplateErrorKind.File, "",
                "This is not a Word document (.docx): the file is not an Office Open XML zip. Save an old .doc as .docx in Word."),
        ]);

    [Fact]
    public void Should_Refuse_A_Zip_Without_A_Word_Document() =>
        DocxTemplate.Check(Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"))).ShouldBe(
            [new DocxTemplateError(TemplateErrorKind.File, "", "This is a zip file but not a Word document: it has no word/document.xml.")]);

    [Fact]
    public void Should_Refuse_A_Damaged_Word_Document() =>
        DocxTemplate.Check(Zip(("word/document.xml", "<w:document"))).ShouldBe(
            [new DocxTemplateError(TemplateErrorKind.File, "", "The file is damaged or is not a Word document (.docx).")]);

    [Fact]
    public void Should_Refuse_A_Macro_Enabled_Document() =>
        DocxTemplate.Check(Create([Paragraph("{{ company.name }}")], type: WordprocessingDocumentType.MacroEnabledDocument)).Single()
            .Message.ShouldStartWith("Word templates (.dotx) and macro-enabled documents (.docm) are not accepted");

    [Fact]
    public void Should_Refuse_A_Zip_Bomb_Without_Unpacking_It_Into_Memory()
    {
        using var stream = new MemoryStream();
        stream.Write(Create(Paragraph("{{ company.name }}")));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 65; i++) entry.Write(zeros);
        }

        DocxTemplate.Check(stream.ToArray()).Single().Message.ShouldBe("The document is too large: unpacked, it is over 64 MB.");
    }
}
