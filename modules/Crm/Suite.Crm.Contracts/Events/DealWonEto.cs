using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>
/// A deal was won: the client agreed to buy. <see cref="Lines"/> are the deal's catalog products (lines without a
/// product are left out); events published before it was added carry none.
/// </summary>
[EventName("Crm.Deal.Won")]
public sealed record DealWonEto(
    Guid DealId, Guid CompanyId, Guid PipelineId, Guid StageId, Guid OwnerId,
    decimal Amount, string Currency, Guid? ChangedBy, DateTimeOffset ChangedAt,
    IReadOnlyList<DealWonLine>? Lines = null);

/// <summary>A product the won deal sells, in the quantity of its line.</summary>
public sealed record DealWonLine(Guid ProductId, decimal Quantity);
