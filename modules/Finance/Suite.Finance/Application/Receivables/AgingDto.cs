namespace Suite.Finance.Application.Receivables;

/// <summary>What clients owe on <see cref="AsOf"/>, per client, by days past the due date.</summary>
internal sealed record AgingDto(DateOnly AsOf, IReadOnlyList<AgingRowDto> Rows, AgingAmounts Totals);

internal sealed record AgingRowDto(
    Guid CompanyId, string CompanyName, decimal NotDue, decimal D1_30, decimal D31_60, decimal D61_90, decimal Over90, decimal Total);

internal sealed record AgingAmounts(decimal NotDue, decimal D1_30, decimal D31_60, decimal D61_90, decimal Over90, decimal Total);

/// <summary>One unpaid invoice of a client on the day, with its bucket: notDue, d1_30, d31_60, d61_90 or over90.</summary>
internal sealed record AgingInvoiceDto(
    Guid InvoiceId, string Number, DateOnly IssueDate, DateOnly DueDate, decimal Total, decimal Paid, decimal Due, int DaysOverdue,
    string Bucket);

/// <summary>The reconciliation statement (акт сверки): a positive balance is what the client owes us.</summary>
internal sealed record ReconciliationDto(
    Guid CompanyId, string CompanyName, DateOnly From, DateOnly To, decimal OpeningBalance, IReadOnlyList<ReconciliationRowDto> Rows,
    decimal DebitTotal, decimal CreditTotal, decimal ClosingBalance);

/// <summary>One entry touching the client's account: an invoice on the debit side, a payment on the credit side (storno negative).</summary>
internal sealed record ReconciliationRowDto(DateOnly Date, string Document, decimal Debit, decimal Credit);
