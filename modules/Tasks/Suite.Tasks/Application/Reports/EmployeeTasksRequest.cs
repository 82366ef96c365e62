using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Time;

namespace Suite.Tasks.Application.Reports;

/// <summary>The drill-down of one count: the period, the bucket (doneOnTime, doneLate, open, overdue) and paging.</summary>
internal sealed class EmployeeTasksRequest : PageRequest
{
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
    [FromQuery(Name = "bucket")] public string? Bucket { get; set; }

    internal InstantRange Period(BusinessClock clock) => clock.Period(From, To);

    internal ReportBucket ParsedBucket() =>
        Enum.TryParse<ReportBucket>(Bucket, ignoreCase: true, out var bucket) && Enum.IsDefined(bucket) && !int.TryParse(Bucket, out _)
            ? bucket
            : throw InputValidationException.For("bucket", Text.Pick(
                "bucket — одно из: doneOnTime, doneLate, open, overdue.", "bucket is one of: doneOnTime, doneLate, open, overdue."));
}
