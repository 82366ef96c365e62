using System.Globalization;
using Shouldly;
using Suite.Docs.Forms;
using Suite.Docs.Templates;
using Xunit;
using static Suite.Docs.Tests.SampleForms;

namespace Suite.Docs.Tests;

/// <summary>A built-in form's template body: what the editor shows as errors, and what the printed form takes from it.</summary>
public sealed class FormOptionsTests
{
    [Theory]
    [InlineData("Invoice")]
    [InlineData("Act")]
    [InlineData("Waybill")]
    [InlineData("Proposal")]
    public void Should_Read_Each_Default_Body_As_The_Default_Options(string name)
    {
        var kind = Enum.Parse<FormKind>(name);
        var body = FormOptions.DefaultBody(kind);

        var parsing = FormOptions.Parse(body, kind);

        parsing.Errors.ShouldBeEmpty();
        parsing.Options.ShouldBe(FormOptions.Default);
        body.ShouldContain("language: ru");
        body.Contains("show_qr:").ShouldBe(kind == FormKind.Invoice);
        body.Contains("valid_days:").ShouldBe(kind == FormKind.Proposal);
    }

    [Fact]
    public void Should_Read_Every_Key_And_A_Multi_Line_Text()
    {
        var options = FormOptions.Parse("""
            # our usual invoice
            language: en
            title: Pro forma invoice

            note: |
              Delivery within 5 working days.
                Indented line kept indented.

              After an empty line.
            footer: ООО «Оконный Мир», +7 495 000-00-00
            show_qr: no
            show_stamp: no
            show_signature_images: no
            valid_days: 30
            intro: Hello
            closing:
            """).Options!;

        options.ShouldBe(new FormOptions(Language.English, "Pro forma invoice",
            "Delivery within 5 working days.\n  Indented line kept indented.\n\nAfter an empty line.",
            "ООО «Оконный Мир», +7 495 000-00-00", ShowQr: false, ShowStamp: false, ShowSignatureImages: false, ValidDays: 30,
            Intro: "Hello", Closing: null));
    }

    [Fact]
    public void Should_Report_Each_Bad_Line_With_Its_Line_And_Column()
    {
        using var english = new UiCulture("en");

        var parsing = FormOptions.Parse("""
            language: de
            titel: Счёт
            show_qr: maybe
            valid_days: 0
            note: one
            note: two
            just some words
              stray indented line
            show_stamp: |
              yes
            """);

        parsing.Succeeded.ShouldBeFalse();
        parsing.Options.ShouldBeNull();
        parsing.Errors.Select(e => (e.Kind, e.Line, e.Column)).ShouldBe([
            (TemplateErrorKind.Syntax, 1, 11), (TemplateErrorKind.Syntax, 2, 1), (TemplateErrorKind.Syntax, 3, 10),
            (TemplateErrorKind.Syntax, 4, 13), (TemplateErrorKind.Syntax, 6, 1), (TemplateErrorKind.Syntax, 7, 1),
            (TemplateErrorKind.Syntax, 8, 3), (TemplateErrorKind.Syntax, 9, 13)]);
        parsing.Errors[0].Message.ShouldBe("'language': expected ru or en, not 'de'.");
        parsing.Errors[1].Message.ShouldStartWith("Unknown key 'titel'. Allowed: language, title, note, footer,");
        parsing.Errors[2].Message.ShouldBe("'show_qr': expected yes or no, not 'maybe'.");
        parsing.Errors[3].Message.ShouldBe("'valid_days': expected a whole number of days from 1 to 365, not '0'.");
        parsing.Errors[4].Message.ShouldBe("The key 'note' is already set on line 5.");
        parsing.Errors[5].Message.ShouldBe("Expected a 'key: value' line.");
        parsing.Errors[6].Message.ShouldBe("An indented line belongs under a 'key: |' line.");
        parsing.Errors[7].Message.ShouldBe("'show_stamp' is not a text: it takes no multi-line value.");
    }

    [Fact]
    public void Should_Refuse_A_Key_The_Form_Does_Not_Use_In_Russian_By_Default()
    {
        using var russian = new UiCulture("ru");

        var error = FormOptions.Parse("title: Акт сверки\nshow_qr: no", FormKind.Act).Errors.ShouldHaveSingleItem();

        error.Line.ShouldBe(2);
        error.Message.ShouldBe("Ключ «show_qr» не относится к этой форме. Допустимы: language, title, note, footer, show_stamp, show_signature_images.");
    }

    [Fact]
    public void Should_Print_The_Invoice_With_The_Templates_Title_Note_And_Footer_And_Without_The_Qr()
    {
        var options = FormOptions.Parse("""
            title: Счёт-оферта
            note: |
              Оплата этого счёта означает согласие с условиями поставки.
              Товар отпускается по факту прихода денег на р/с поставщика.
            footer: ООО «Оконный Мир» — окна с 1998 года
            show_qr: no
            """, FormKind.Invoice).Options!;

        var pdf = Keep(InvoiceForm.Render(SampleInvoice.Create(), Language.Russian, options), "invoice-options.pdf");
        var text = Read(pdf);

        text.ShouldContain("Счёт-оферта № 42 от 3 декабря 2026 г.", Case.Sensitive);
        text.ShouldNotContain("Счёт на оплату");
        text.ShouldContain("Всего к оплате: 121 501,50\n\nОплата этого счёта означает согласие с условиями поставки.\n" +
                           "Товар отпускается по факту прихода денег на р/с поставщика.", Case.Sensitive);
        text.ShouldContain("ООО «Оконный Мир» — окна с 1998 года\nСтраница 1 из 1", Case.Sensitive);
        text.ShouldNotContain("Оплата по QR-коду");
        // zbarimg exits 4 when it finds no code on the page.
        Should.Throw<InvalidOperationException>(() => PdfTools.QrCode(pdf)).Message.ShouldContain("exited 4");
    }

    [Fact]
    public void Should_Print_The_Title_Override_And_Note_On_Every_Form()
    {
        var options = new FormOptions(Title: "Особый документ", Note: "Примечание из шаблона.");

        foreach (var pdf in new[]
                 {
                     ActForm.Render(Act(), Language.Russian, options),
                     WaybillForm.Render(Waybill(), Language.Russian, options),
                     ProposalForm.Render(Proposal(), Language.Russian, options),
                 })
        {
            var text = Read(pdf);
            text.ShouldContain("Особый документ № ", Case.Sensitive);
            text.ShouldContain("Примечание из шаблона.", Case.Sensitive);
        }
    }

    [Fact]
    public void Should_Leave_Out_The_Stamp_And_Signature_Images_When_The_Template_Says_So()
    {
        var act = Act() with { Contractor = WithImages(Us) };

        var with = ActForm.Render(act, Language.Russian, FormOptions.Default);
        var without = ActForm.Render(act, Language.Russian, FormOptions.Default with { ShowStamp = false, ShowSignatureImages = false });
        var noImages = ActForm.Render(act with { Contractor = Us with { Logo = act.Contractor.Logo } }, Language.Russian, FormOptions.Default);

        PdfTools.ImageCount(with).ShouldBe(3);
        PdfTools.ImageCount(without).ShouldBe(1);
        PdfTools.ImageCount(noImages).ShouldBe(1);
    }

    [Fact]
    public void Should_Keep_Each_One_Page_Form_Well_Under_100_KB()
    {
        foreach (var pdf in new[]
                 {
                     ActForm.Render(Act() with { Contractor = WithImages(Us) }, Language.Russian, FormOptions.Default),
                     WaybillForm.Render(Waybill(), Language.Russian, FormOptions.Default),
                     ProposalForm.Render(Proposal() with { Seller = WithImages(Us) }, Language.Russian, FormOptions.Default),
                 })
        {
            PdfTools.PageCount(pdf).ShouldBe(1);
            pdf.Length.ShouldBeLessThan(100 * 1024);
        }
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentUICulture;
        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
