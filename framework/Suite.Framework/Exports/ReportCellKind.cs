namespace Suite.Framework.Exports;

/// <summary>How a cell of a formatted report is written and shown.</summary>
public enum ReportCellKind
{
    Empty,
    Text,
    Money,
    Sum,
    Count,
    Decimal,
    Quantity,
    Price,
    Share,
    Day,
    Time,
}
