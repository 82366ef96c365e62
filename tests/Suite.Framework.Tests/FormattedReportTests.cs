using ClosedXML.Excel;
using Shouldly;
using Suite.Framework.Exports;
using Xunit;

namespace Suite.Framework.Tests;

public sealed class FormattedReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 17, 40, 0, TimeSpan.FromHours(3));

    [Fact]
    public void Should_Show_Quantities_Unit_Prices_And_Statement_Sums_As_Numbers_In_Their_Formats()
    {
        using var report = new FormattedReport();
        report.AddSheet("S", "Title", "Covers").Header("Q", "P", "S")
            .Row(ReportCell.Quantity(7m), ReportCell.Price(15.1234m), ReportCell.Sum(0m))
            .Row(ReportCell.Quantity(2.5m), ReportCell.Price(15m), ReportCell.Sum(-3m));

        var sheet = Read(report.Save("test", Now));
        sheet.Cell(5, 1).GetValue<decimal>().ShouldBe(7m);
        sheet.Cell(5, 1).Style.NumberFormat.Format.ShouldBe("#,##0", "a whole quantity has no dangling separator");
        sheet.Cell(6, 1).Style.NumberFormat.Format.ShouldBe("#,##0.000");
        sheet.Cell(5, 2).GetValue<decimal>().ShouldBe(15.1234m);
        sheet.Cell(5, 2).Style.NumberFormat.Format.ShouldBe("#,##0.00##");
        sheet.Cell(5, 3).Style.NumberFormat.Format.ShouldBe("#,##0.00;-#,##0.00;\"–\"", "a zero in a statement reads as a dash");
        sheet.Cell(6, 3).GetValue<decimal>().ShouldBe(-3m);
    }

    [Fact]
    public void Should_Print_A_Form_To_Fill_In_With_Requisites_A_Bordered_Blank_Column_And_Signatures()
    {
        using var report = new FormattedReport();
        report.AddSheet("Form", "Count sheet No. 1", "Warehouse: Main").Line("Date: 04.12.2026").Line("As of 17:40")
            .Header("No.", "Product", "Counted")
            .Row(ReportCell.Count(1), "Bolt").Row(ReportCell.Count(2), "Nut")
            .ToFillIn(3).Skip().Line("Items: 2").Skip()
            .Signature("Responsible", 2, "____ / ____", "(signature) (name)");

        var sheet = Read(report.Save("form", Now));
        sheet.Cell(3, 1).GetString().ShouldBe("Date: 04.12.2026");
        sheet.Cell(4, 1).GetString().ShouldBe("As of 17:40");
        sheet.Cell(6, 3).GetString().ShouldBe("Counted", "two requisite lines push the table down");
        foreach (var row in new[] { 7, 8 })
        {
            sheet.Cell(row, 3).IsEmpty().ShouldBeTrue();
            sheet.Cell(row, 3).Style.Border.RightBorder.ShouldBe(XLBorderStyleValues.Medium);
            sheet.Cell(row, 1).Style.Border.LeftBorder.ShouldBe(XLBorderStyleValues.Thin);
            sheet.Row(row).Height.ShouldBe(20);
        }

        sheet.Cell(10, 1).GetString().ShouldBe("Items: 2");
        sheet.Cell(12, 1).GetString().ShouldBe("Responsible:");
        sheet.Cell(12, 2).GetString().ShouldBe("____ / ____");
        sheet.Cell(13, 2).Style.Font.FontSize.ShouldBe(8);
        sheet.SheetView.SplitRow.ShouldBe(6);
    }

    [Fact]
    public void Should_Lay_Out_A_Statement_With_Subtotals_Rows_Aside_A_Filter_And_Landscape_Pages()
    {
        using var report = new FormattedReport();
        report.AddSheet("Statement", "Cash flow", "Company, December").Landscape().FreezeFirstColumn()
            .Header("Article", "Dec", "Total")
            .Subtotal("Incoming", ReportCell.Sum(10m), ReportCell.Sum(10m))
            .Row("    Sales", ReportCell.Sum(10m), ReportCell.Sum(10m))
            .Filter()
            .Totals("Net", ReportCell.Sum(10m), ReportCell.Sum(10m))
            .Aside("Transfers", ReportCell.Sum(5m), ReportCell.Sum(5m));

        var sheet = Read(report.Save("statement", Now));
        sheet.Cell(5, 3).Style.Font.Bold.ShouldBeTrue();
        sheet.Cell(5, 3).Style.Border.TopBorder.ShouldBe(XLBorderStyleValues.None, "a subtotal has no line above");
        sheet.Cell(6, 1).Style.Font.Bold.ShouldBeFalse();
        sheet.Cell(7, 3).Style.Border.TopBorder.ShouldBe(XLBorderStyleValues.Thin);
        sheet.Cell(8, 3).Style.Font.Italic.ShouldBeTrue();
        sheet.AutoFilter.Range.RangeAddress.ToString().ShouldBe("A4:C6", "the filter leaves the totals out");
        sheet.PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Landscape, "three columns, yet landscape as asked");
        sheet.SheetView.SplitRow.ShouldBe(4);
        sheet.SheetView.SplitColumn.ShouldBe(1);
    }

    private static IXLWorksheet Read(ExportFile file) => new XLWorkbook(new MemoryStream(file.Content)).Worksheet(1);
}
