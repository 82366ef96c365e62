using Shouldly;
using Suite.Framework.Exports;
using Xunit;

namespace Suite.Framework.Tests;

public sealed class ListExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+7 999 123-45-67", "'+7 999 123-45-67")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("ООО «Окна»", "ООО «Окна»")]
    [InlineData("a=1", "a=1")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Should_Neutralise_Text_A_Spreadsheet_Would_Read_As_A_Formula(string? text, string? expected) =>
        ListExport.Neutralise(text).ShouldBe(expected);

    [Fact]
    public void Should_Write_Csv_For_Excel_In_A_Russian_Locale()
    {
        ExportColumn<(string Name, decimal Amount, DateOnly Date)>[] columns =
        [
            new("Название", r => r.Name), new("Сумма", r => r.Amount), new("Дата", r => r.Date),
        ];
        var file = ListExport.Write([("ООО «Окна; двери»", 1500.5m, new DateOnly(2026, 12, 31)), ("=1+1", -3m, new DateOnly(2026, 1, 2))],
            columns, ExportFormat.Csv, "test");

        file.ContentType.ShouldBe("text/csv");
        file.FileName.ShouldEndWith(".csv");
        file.Content.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(file.Content[3..]).ShouldBe(
            "Название;Сумма;Дата\r\n\"ООО «Окна; двери»\";1500,5;31.12.2026\r\n'=1+1;-3;02.01.2026\r\n");
    }
}
