using Microsoft.AspNetCore.Mvc;
using Suite.Finance.Application.Payments;
using Suite.Finance.Domain.BankStatements;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Paging;

namespace Suite.Finance.Application.BankStatements;

/// <summary>What an import did: documents new to the books, those already there, those paid against invoices at once, and the new ones that wait.</summary>
internal sealed record ImportResultDto(Guid StatementId, int Imported, int Duplicates, int Matched, IReadOnlyList<BankStatementLineDto> Unmatched);

internal sealed record BankStatementDto(
    Guid Id, Guid AccountId, string? AccountName, string FileName, string Format, string Encoding, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    decimal? OpeningBalance, decimal? TotalReceived, decimal? TotalDebited, decimal? ClosingBalance, int Imported, int Duplicates, int Matched,
    DateTimeOffset CreatedAt);

/// <summary>
/// A statement line. <see cref="SuggestedInvoiceIds"/>: open invoices the purpose names or of the client with the payer's
/// ИНН (<see cref="SuggestedCompanyId"/>), for the review screen; empty once the line is settled.
/// </summary>
internal sealed record BankStatementLineDto(
    Guid Id, Guid StatementId, Guid AccountId, DateOnly Date, string Number, PaymentDirection Direction, decimal Amount,
    string? PayerName, string? PayerTaxId, string? PayerAccount, string? RecipientName, string? RecipientTaxId, string? RecipientAccount,
    string? Purpose, BankStatementLineStatus Status, Guid? PaymentId, Guid? SuggestedCompanyId, IReadOnlyList<Guid> SuggestedInvoiceIds);

internal sealed record MatchLineInput
{
    /// <summary>The client who paid; by default the client of the invoices.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>The invoices the line pays; what is left over is the client's advance.</summary>
    public IReadOnlyList<AllocationInput>? Allocations { get; init; }
}

internal sealed record AssignLineInput
{
    public Guid? CategoryId { get; init; }
    public Guid? CompanyId { get; init; }
}

internal sealed class BankStatementListRequest : PageRequest
{
    [FromQuery(Name = "accountId")] public Guid? AccountId { get; set; }
}

internal sealed class BankStatementLineListRequest : PageRequest
{
    /// <summary>unmatched (the default), matched, assigned or all.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }

    /// <summary>incoming or outgoing.</summary>
    [FromQuery(Name = "direction")] public string? Direction { get; set; }

    [FromQuery(Name = "accountId")] public Guid? AccountId { get; set; }
    [FromQuery(Name = "statementId")] public Guid? StatementId { get; set; }

    /// <summary>Null for "all".</summary>
    public BankStatementLineStatus? StatusFilter() =>
        string.Equals(Status?.Trim(), "all", StringComparison.OrdinalIgnoreCase) ? null
        : Filters.Parse<BankStatementLineStatus>(Status, "status") ?? BankStatementLineStatus.Unmatched;

    public PaymentDirection? DirectionFilter() => Filters.Parse<PaymentDirection>(Direction, "direction");
}
