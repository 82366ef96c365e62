namespace Suite.Crm.Events;

/// <summary>
/// One line of a deal as it is now: what is sold, how many and at what price; <see cref="Amount"/> is
/// quantity × price rounded to kopecks. <see cref="Position"/> orders the lines from 0; no product for a free-text line.
/// </summary>
public sealed record DealLineEto(int Position, Guid? ProductId, string Description, decimal Quantity, decimal UnitPrice, decimal Amount);
