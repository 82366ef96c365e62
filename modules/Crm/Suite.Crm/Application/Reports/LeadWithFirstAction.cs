using Suite.Crm.Domain.Leads;

namespace Suite.Crm.Application.Reports;

/// <summary>A lead as the lead reports read it: what it is, and when a person first acted on it.</summary>
internal sealed class LeadWithFirstAction
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string? Name { get; init; }
    public Guid OwnerId { get; init; }
    public Guid? SourceId { get; init; }
    public LeadStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FirstItemAt { get; init; }
    public DateTimeOffset? FirstStatusAt { get; init; }

    /// <summary>The first action of either kind; null for a lead nobody has touched.</summary>
    public DateTimeOffset? FirstActionAt =>
        FirstItemAt is { } item && FirstStatusAt is { } status ? (item < status ? item : status) : FirstItemAt ?? FirstStatusAt;

    /// <summary>
    /// Wall-clock minutes from arrival to the first action (nights and weekends included); a call logged as having
    /// happened before the lead was entered counts as answered at once, 0.
    /// </summary>
    public double? ResponseMinutes => FirstActionAt is { } first ? Math.Max(0, (first - CreatedAt).TotalMinutes) : null;
}
