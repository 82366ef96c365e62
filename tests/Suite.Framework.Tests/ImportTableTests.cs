using System.Text;
using Shouldly;
using Suite.Framework.Exports;
using Suite.Framework.Imports;
using Xunit;

namespace Suite.Framework.Tests;

public sealed class ImportTableTests
{
    [Fact]
    public void Should_Number_Rows_As_The_Spreadsheet_Shows_Them_Counting_Blank_Rows()
    {
        var table = ImportTable.Read("list.csv", Encoding.UTF8.GetBytes("sku;name\r\nA;Первый\r\n\r\n;;\r\nB;\"Второй;\r\nс переносом\"\r\nC;Третий"));

        table.Headers.ShouldBe(["sku", "name"]);
        table.NumberedRows.Select(r => (r.Number, r.Cells[0])).ShouldBe([(2, "A"), (5, "B"), (6, "C")]);
        table.Rows.Select(r => r[1]).ShouldBe(["Первый", "Второй;\r\nс переносом", "Третий"]);
    }

    [Fact]
    public void Should_Read_Windows_1251_With_Commas()
    {
        var cp1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        var table = ImportTable.Read("list.csv", cp1251.GetBytes("Артикул,Цена\r\nА-1,\"1 250,75\""));

        table.Headers.ShouldBe(["Артикул", "Цена"]);
        table.Rows.Single().ShouldBe(["А-1", "1 250,75"]);
    }

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'-5", "-5")]
    [InlineData("'abc", "'abc")]
    [InlineData("'", "'")]
    [InlineData(null, null)]
    public void Should_Restore_Text_The_Export_Neutralised(string? text, string? expected)
    {
        ListExport.Restore(text).ShouldBe(expected);
        if (expected is not null)
            ListExport.Restore(ListExport.Neutralise(expected)).ShouldBe(expected);
    }
}
