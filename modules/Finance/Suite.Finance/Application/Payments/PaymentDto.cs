using Suite.Finance.Domain.Payments;

namespace Suite.Finance.Application.Payments;

internal sealed record PaymentDto(
    Guid Id, string Number, DateOnly Date, PaymentDirection Direction, Guid AccountId, string? AccountName, decimal Amount,
    Guid? CompanyId, string? CompanyName, string? Purpose, Guid CategoryId, string? CategoryName, decimal Allocated,
    decimal Unallocated, PaymentStatus Status, PaymentSource Source, DateOnly? CancelledOn,
    IReadOnlyList<PaymentAllocationDto> Allocations, DateTimeOffset CreatedAt, string ConcurrencyStamp);

/// <summary>A part of the payment applied to an invoice; <see cref="CancelledOn"/> is set once the payment was cancelled.</summary>
internal sealed record PaymentAllocationDto(Guid InvoiceId, string? InvoiceNumber, DateOnly Date, decimal Amount, DateOnly? CancelledOn);

internal sealed record TransferDto(
    Guid Id, string Number, DateOnly Date, Guid FromAccountId, string? FromAccountName, Guid ToAccountId, string? ToAccountName,
    decimal Amount, string? Purpose, DateTimeOffset CreatedAt);
