using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Payments;
using Suite.Finance.Data;
using Suite.Finance.Domain.BankStatements;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;

namespace Suite.Finance.Application.BankStatements;

/// <summary>
/// The imported statements and the review of their lines: the accountant matches a waiting incoming line to invoices,
/// or gives any waiting line an article; either way the line becomes a payment dated the day of the line.
/// </summary>
internal sealed class BankStatementReview(FinanceDbContext db, PaymentService payments, InvoiceMatcher matcher)
{
    private static readonly SortMap<BankStatement> StatementSorting = new SortMap<BankStatement>("createdAt desc")
        .Add("createdAt", s => s.CreatedAt)
        .Add("periodFrom", s => s.PeriodFrom)
        .Add("periodTo", s => s.PeriodTo);

    private static readonly SortMap<BankStatementLine> LineSorting = new SortMap<BankStatementLine>("date, number")
        .Add("date", l => l.Date)
        .Add("number", l => l.Number)
        .Add("amount", l => l.Amount);

    public async Task<PagedResult<BankStatementDto>> ListAsync(BankStatementListRequest request, CancellationToken cancellationToken)
    {
        var query = db.BankStatements.AsNoTracking();
        if (request.AccountId is { } accountId)
            query = query.Where(s => s.AccountId == accountId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var text = request.Filter.Trim().ToLower();
            query = query.Where(s => s.FileName.ToLower().Contains(text));
        }

        var page = await query.ToPageAsync(request, StatementSorting, s => s, cancellationToken);
        var ids = page.Items.Select(s => s.AccountId).Distinct().ToList();
        var names = await db.MoneyAccounts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new PagedResult<BankStatementDto>(page.TotalCount, page.Items.Select(s => new BankStatementDto(
            s.Id, s.AccountId, names.GetValueOrDefault(s.AccountId), s.FileName, s.Format, s.Encoding, s.PeriodFrom, s.PeriodTo, s.OpeningBalance,
            s.TotalReceived, s.TotalDebited, s.ClosingBalance, s.Imported, s.Duplicates, s.Matched, s.CreatedAt)).ToList());
    }

    public async Task<PagedResult<BankStatementLineDto>> LinesAsync(BankStatementLineListRequest request, CancellationToken cancellationToken)
    {
        var status = request.StatusFilter();
        var direction = request.DirectionFilter();
        var query = db.BankStatementLines.AsNoTracking();
        if (status is not null)
            query = query.Where(l => l.Status == status);
        if (direction is not null)
            query = query.Where(l => l.Direction == direction);
        if (request.AccountId is { } accountId)
            query = query.Where(l => l.AccountId == accountId);
        if (request.StatementId is { } statementId)
            query = query.Where(l => l.StatementId == statementId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var text = request.Filter.Trim().ToLower();
            query = query.Where(l => l.Number.ToLower().Contains(text) || (l.Purpose != null && l.Purpose.ToLower().Contains(text))
                                     || (l.PayerName != null && l.PayerName.ToLower().Contains(text))
                                     || (l.RecipientName != null && l.RecipientName.ToLower().Contains(text))
                                     || l.CounterpartyKey.Contains(text));
        }

        var page = await query.ToPageAsync(request, LineSorting, l => l, cancellationToken);
        return new PagedResult<BankStatementLineDto>(page.TotalCount, await ToDtosAsync(page.Items, cancellationToken));
    }

    public async Task<BankStatementLineDto> GetLineAsync(Guid id, CancellationToken cancellationToken) =>
        (await ToDtosAsync([await FindLineAsync(id, tracked: false, cancellationToken)], cancellationToken))[0];

    /// <summary>Makes a waiting incoming line the client's payment applied to the invoices given; the rest is the client's advance.</summary>
    public async Task<BankStatementLineDto> MatchAsync(Guid id, MatchLineInput input, CancellationToken cancellationToken)
    {
        var allocations = (input.Allocations ?? []).Select(a => (a.InvoiceId!.Value, a.Amount!.Value)).ToList();
        if (input.CompanyId is null && allocations.Count == 0)
            throw InputValidationException.For("allocations", Text.Pick(
                "Укажите счета или клиента, чей это аванс.", "Name the invoices, or the client whose advance it is."));
        return await SettleAsync(id, BankStatementLineStatus.Matched, line =>
        {
            if (line.Direction != PaymentDirection.Incoming)
                throw InputValidationException.For("allocations", Text.Pick(
                    "Списание не относится на счета клиентам: назначьте ему статью.", "An outgoing line is not applied to invoices: give it an article."));
            return new PaymentDraft(line.Date, line.Direction, line.AccountId, line.Amount, input.CompanyId, line.Purpose, null, allocations,
                PaymentSource.Statement);
        }, cancellationToken);
    }

    /// <summary>Makes a waiting line a payment under the article given (a client's incoming line under customer payments is their advance).</summary>
    public Task<BankStatementLineDto> AssignAsync(Guid id, AssignLineInput input, CancellationToken cancellationToken) =>
        SettleAsync(id, BankStatementLineStatus.Assigned, line => new PaymentDraft(line.Date, line.Direction, line.AccountId, line.Amount,
            input.CompanyId, line.Purpose, input.CategoryId, [], PaymentSource.Statement), cancellationToken);

    private async Task<BankStatementLineDto> SettleAsync(Guid id, BankStatementLineStatus status, Func<BankStatementLine, PaymentDraft> draft,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockRowsAsync<BankStatementLine>([id], cancellationToken);
        var line = await FindLineAsync(id, tracked: true, cancellationToken);
        line.EnsureUnmatched();
        var payment = await payments.PostAsync(draft(line), cancellationToken);
        line.Settle(payment.Id, status);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetLineAsync(id, cancellationToken);
    }

    internal async Task<List<BankStatementLineDto>> ToDtosAsync(IReadOnlyList<BankStatementLine> lines, CancellationToken cancellationToken)
    {
        var result = new List<BankStatementLineDto>(lines.Count);
        foreach (var l in lines)
        {
            var (companyId, invoiceIds) = await matcher.SuggestAsync(l, cancellationToken);
            result.Add(new BankStatementLineDto(l.Id, l.StatementId, l.AccountId, l.Date, l.Number, l.Direction, l.Amount, l.PayerName, l.PayerTaxId,
                l.PayerAccount, l.RecipientName, l.RecipientTaxId, l.RecipientAccount, l.Purpose, l.Status, l.PaymentId, companyId, invoiceIds));
        }

        return result;
    }

    private async Task<BankStatementLine> FindLineAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        await (tracked ? db.BankStatementLines : db.BankStatementLines.AsNoTracking()).SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("BankStatementLine", id);
}
