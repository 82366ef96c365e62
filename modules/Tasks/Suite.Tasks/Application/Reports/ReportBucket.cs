namespace Suite.Tasks.Application.Reports;

/// <summary>The four counts of the by-employee report; the drill-down lists the tasks of one.</summary>
internal enum ReportBucket
{
    DoneOnTime,
    DoneLate,
    Open,
    Overdue,
}
