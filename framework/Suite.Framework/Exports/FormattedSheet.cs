using ClosedXML.Excel;

namespace Suite.Framework.Exports;

/// <summary>
/// One sheet of a <see cref="FormattedReport"/>: a title and a line saying what it covers on top, then tables, each a
/// bold shaded header, its rows and an optional bold totals row. Rows are written top to bottom as they are added.
/// </summary>
public sealed class FormattedSheet
{
    private readonly IXLWorksheet _sheet;
    private int _row = 3;
    private int _columns = 1;
    private int? _firstHeader;
    private int _tableHeader;
    private int _tableColumns;
    private bool _landscape;

    internal FormattedSheet(IXLWorksheet sheet, string title, string subtitle)
    {
        _sheet = sheet;
        Write(sheet.Cell(1, 1), ReportCell.Text(title)).Style.Font.SetBold().Font.SetFontSize(14);
        Write(sheet.Cell(2, 1), ReportCell.Text(subtitle)).Style.Font.SetItalic();
    }

    /// <summary>Starts a table: an empty line, then its header; the first table's header stays on screen and on every page.</summary>
    public FormattedSheet Header(params string[] headers)
    {
        _row++;
        for (var c = 0; c < headers.Length; c++)
            Write(_sheet.Cell(_row, c + 1), ReportCell.Text(headers[c]));
        _sheet.Range(_row, 1, _row, headers.Length).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"))
            .Alignment.SetWrapText().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        _columns = Math.Max(_columns, headers.Length);
        _tableHeader = _row;
        _tableColumns = headers.Length;
        if (_firstHeader is null)
        {
            _firstHeader = _row;
            _sheet.SheetView.FreezeRows(_row);
            _sheet.PageSetup.SetRowsToRepeatAtTop(_row, _row);
        }

        _row++;
        return this;
    }

    public FormattedSheet Row(params ReportCell[] cells)
    {
        for (var c = 0; c < cells.Length; c++)
            Write(_sheet.Cell(_row, c + 1), cells[c]);
        _row++;
        return this;
    }

    /// <summary>A bold row with a line above it.</summary>
    public FormattedSheet Totals(params ReportCell[] cells)
    {
        var row = _row;
        Row(cells);
        _sheet.Range(row, 1, row, Math.Max(1, cells.Length)).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
        return this;
    }

    /// <summary>A bold row without a line: a section's own figures above its sub-rows, a balance carried in or out.</summary>
    public FormattedSheet Subtotal(params ReportCell[] cells)
    {
        var row = _row;
        Row(cells);
        _sheet.Range(row, 1, row, Math.Max(1, cells.Length)).Style.Font.SetBold();
        return this;
    }

    /// <summary>A row in italics: figures shown for reference that are not part of the totals.</summary>
    public FormattedSheet Aside(params ReportCell[] cells)
    {
        var row = _row;
        Row(cells);
        _sheet.Range(row, 1, row, Math.Max(1, cells.Length)).Style.Font.SetItalic();
        return this;
    }

    /// <summary>A line of text in italics (what a figure means, why a table is empty).</summary>
    public FormattedSheet Note(string text)
    {
        Write(_sheet.Cell(_row, 1), ReportCell.Text(text)).Style.Font.SetItalic();
        _row++;
        return this;
    }

    /// <summary>A plain line of text under the title (a requisite of a printed form: the warehouse, the date).</summary>
    public FormattedSheet Line(string text)
    {
        Write(_sheet.Cell(_row, 1), ReportCell.Text(text));
        _row++;
        return this;
    }

    /// <summary>An empty line.</summary>
    public FormattedSheet Skip()
    {
        _row++;
        return this;
    }

    /// <summary>An autofilter on the current table, from its header to its last row so far.</summary>
    public FormattedSheet Filter()
    {
        _sheet.Range(_tableHeader, 1, Math.Max(_tableHeader, _row - 1), _tableColumns).SetAutoFilter();
        return this;
    }

    /// <summary>
    /// Makes the current table a form to fill in by hand on paper: every cell bordered, rows high enough to write in,
    /// and the (empty) <paramref name="column"/> outlined so the eye finds where to write.
    /// </summary>
    public FormattedSheet ToFillIn(int column)
    {
        var last = _row - 1;
        _sheet.Range(_tableHeader, 1, Math.Max(_tableHeader, last), _tableColumns).Style
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        if (last <= _tableHeader)
            return this;
        for (var r = _tableHeader + 1; r <= last; r++)
            _sheet.Row(r).Height = 20;
        _sheet.Range(_tableHeader + 1, column, last, column).Style.Border.SetOutsideBorder(XLBorderStyleValues.Medium);
        return this;
    }

    /// <summary>
    /// A line to sign, as printed forms end: the role, a line in <paramref name="column"/> for the signature and the
    /// name, and under it in small print what goes where.
    /// </summary>
    public FormattedSheet Signature(string role, int column, string line, string caption)
    {
        Write(_sheet.Cell(_row, 1), ReportCell.Text(role + ":"));
        Write(_sheet.Cell(_row, column), ReportCell.Text(line));
        Write(_sheet.Cell(_row + 1, column), ReportCell.Text(caption)).Style.Font.SetFontSize(8);
        _row += 2;
        return this;
    }

    /// <summary>Pages in landscape whatever the number of columns (a statement whose months may be few or many).</summary>
    public FormattedSheet Landscape()
    {
        _landscape = true;
        return this;
    }

    /// <summary>Keeps the first column on screen when scrolling right: the line names of a table with months as columns.</summary>
    public FormattedSheet FreezeFirstColumn()
    {
        _sheet.SheetView.FreezeColumns(1);
        return this;
    }

    /// <summary>Column widths in characters, from the first column; the rest keep Excel's default.</summary>
    public FormattedSheet Widths(params double[] widths)
    {
        for (var c = 0; c < widths.Length; c++)
            _sheet.Column(c + 1).Width = widths[c];
        return this;
    }

    internal void Finish()
    {
        _sheet.PageSetup.SetPageOrientation(_landscape || _columns > 6 ? XLPageOrientation.Landscape : XLPageOrientation.Portrait);
        _sheet.PageSetup.FitToPages(1, 0);
    }

    /// <summary>
    /// Text is written as text, neutralised like every export (ClosedXML's value setter would make "00123" a number and
    /// "=…" a formula); numbers as numbers with a display format, so they add up in Excel.
    /// </summary>
    private static IXLCell Write(IXLCell cell, ReportCell value)
    {
        switch (value.Kind)
        {
            case ReportCellKind.Text:
                cell.SetValue(ListExport.Neutralise((string)value.Value!)!);
                break;
            case ReportCellKind.Money:
                cell.SetValue((decimal)value.Value!);
                cell.Style.NumberFormat.Format = "#,##0.00";
                break;
            case ReportCellKind.Sum:
                cell.SetValue((decimal)value.Value!);
                cell.Style.NumberFormat.Format = "#,##0.00;-#,##0.00;\"–\"";
                break;
            case ReportCellKind.Quantity:
                var quantity = (decimal)value.Value!;
                cell.SetValue(quantity);
                // "0.###" would leave a dangling separator on a whole number, so whole ones get no decimals at all
                cell.Style.NumberFormat.Format = quantity == decimal.Truncate(quantity) ? "#,##0" : "#,##0.000";
                break;
            case ReportCellKind.Price:
                cell.SetValue((decimal)value.Value!);
                cell.Style.NumberFormat.Format = "#,##0.00##";
                break;
            case ReportCellKind.Count:
                cell.SetValue((long)value.Value!);
                cell.Style.NumberFormat.Format = "#,##0";
                break;
            case ReportCellKind.Decimal:
                cell.SetValue((double)value.Value!);
                cell.Style.NumberFormat.Format = "#,##0.0";
                break;
            case ReportCellKind.Share:
                cell.SetValue((double)value.Value!);
                cell.Style.NumberFormat.Format = "0.0%";
                break;
            case ReportCellKind.Day:
                Moment(cell, ((DateOnly)value.Value!).ToDateTime(TimeOnly.MinValue), "dd.mm.yyyy", "dd.MM.yyyy");
                break;
            case ReportCellKind.Time:
                Moment(cell, (DateTime)value.Value!, "dd.mm.yyyy hh:mm", "dd.MM.yyyy HH:mm");
                break;
        }

        return cell;
    }

    /// <summary>Excel has no days before 1900 (a report asked from 0001-01-01 has one): such a day is written as text.</summary>
    private static void Moment(IXLCell cell, DateTime value, string excelFormat, string textFormat)
    {
        if (value < FirstExcelDay)
        {
            cell.SetValue(value.ToString(textFormat, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        cell.SetValue(value);
        cell.Style.NumberFormat.Format = excelFormat;
    }

    // 1 March 1900: Excel's serial days before it are off by its 29 February 1900, which never was.
    private static readonly DateTime FirstExcelDay = new(1900, 3, 1);
}
