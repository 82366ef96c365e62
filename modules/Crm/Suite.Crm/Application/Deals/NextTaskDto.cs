using Suite.Crm.Domain.Deals;

namespace Suite.Crm.Application.Deals;

/// <summary>A deal's next open task, as the board card and the deal's card show it.</summary>
internal sealed record NextTaskDto(Guid Id, string? Title, DateTimeOffset? DueAt, bool IsOverdue)
{
    /// <returns>Null when the deal has no open task (or Tasks has not reported one).</returns>
    internal static NextTaskDto? From(DealNextTask? next, DateTimeOffset now) =>
        next?.TaskId is { } id ? new NextTaskDto(id, next.Title, next.DueAt, next.IsOverdueAt(now)) : null;
}
