using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Invoices;
using Suite.Finance.Application.Ledger;
using Suite.Finance.Application.Money;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Finance.Domain.Payments;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Payments;

/// <summary>What a payment is made of once its input is checked; the same for one entered by hand and one from a statement.</summary>
internal sealed record PaymentDraft(
    DateOnly Date, PaymentDirection Direction, Guid AccountId, decimal Amount, Guid? CompanyId, string? Purpose, Guid? ArticleId,
    IReadOnlyList<(Guid InvoiceId, decimal Amount)> Allocations, PaymentSource Source);

/// <summary>
/// Payments into and out of our cash desks and bank accounts, each posted with its entry in one transaction: a client's
/// payment applied to invoices (Дт 50/51 Кт 62.01) with the rest as the client's advance (Кт 62.02), applied later
/// (Дт 62.02 Кт 62.01); other income and every expense against the article's account. Cancelling reverses the entries
/// and gives the invoices their amounts due back.
/// </summary>
internal sealed class PaymentService(FinanceDbContext db, Books books, InvoiceNumbers numbers, ArticleService articles, BusinessClock clock)
{
    private static readonly SortMap<Payment> Sorting = new SortMap<Payment>("date desc, number desc")
        .Add("date", p => p.Date)
        .Add("number", p => p.Number)
        .Add("amount", p => p.Amount)
        .Add("createdAt", p => p.CreatedAt);

    public async Task<PagedResult<PaymentDto>> ListAsync(PaymentListRequest request, CancellationToken cancellationToken)
    {
        var direction = request.DirectionFilter();
        var status = request.StatusFilter();
        var source = request.SourceFilter();
        var query = db.Payments.AsNoTracking().Include(p => p.Allocations).AsQueryable();
        if (direction is not null)
            query = query.Where(p => p.Direction == direction);
        if (status is not null)
            query = query.Where(p => p.Status == status);
        if (source is not null)
            query = query.Where(p => p.Source == source);
        if (request.AccountId is { } accountId)
            query = query.Where(p => p.AccountId == accountId);
        if (request.CompanyId is { } companyId)
            query = query.Where(p => p.CompanyId == companyId);
        if (request.From is { } from)
            query = query.Where(p => p.Date >= from);
        if (request.To is { } to)
            query = query.Where(p => p.Date <= to);
        if (request.Unallocated == true)
            query = query.Where(p => p.Status == PaymentStatus.Posted && p.Direction == PaymentDirection.Incoming && p.CompanyId != null
                                     && p.Allocated < p.Amount);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var text = request.Filter.Trim().ToLower();
            query = query.Where(p => p.Number.ToLower().Contains(text) || (p.Purpose != null && p.Purpose.ToLower().Contains(text)));
        }

        var page = await query.ToPageAsync(request, Sorting, p => p, cancellationToken);
        return new PagedResult<PaymentDto>(page.TotalCount, await ToDtosAsync(page.Items, cancellationToken));
    }

    public async Task<PaymentDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().Include(p => p.Allocations).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                      ?? throw new EntityNotFoundException("Payment", id);
        return (await ToDtosAsync([payment], cancellationToken))[0];
    }

    public async Task<PaymentDto> CreateAsync(PaymentInput input, CancellationToken cancellationToken)
    {
        var draft = new PaymentDraft(input.Date ?? clock.Today, input.Direction!.Value, input.AccountId!.Value, input.Amount!.Value,
            input.CompanyId, Blank(input.Purpose), input.CategoryId,
            (input.Allocations ?? []).Select(a => (a.InvoiceId!.Value, a.Amount!.Value)).ToList(), PaymentSource.Manual);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payment = await PostAsync(draft, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(payment.Id, cancellationToken);
    }

    /// <summary>
    /// Checks the draft, takes the next number, applies the allocations and posts the entry, inside the caller's
    /// transaction (the caller saves). Invoices are locked in id order before anything else, so concurrent payments to
    /// one invoice queue and none can take more than is due.
    /// </summary>
    public async Task<Payment> PostAsync(PaymentDraft draft, CancellationToken cancellationToken)
    {
        var account = await db.MoneyAccounts.SingleOrDefaultAsync(a => a.Id == draft.AccountId, cancellationToken);
        if (account is null || account.IsArchived)
            throw InputValidationException.For("accountId", Text.Pick("Нет такой действующей кассы или счёта.", "No such open cash desk or bank account."));
        var companyId = draft.CompanyId ?? await CompanyOfInvoicesAsync(draft.Allocations, cancellationToken);
        if (companyId is { } id && !await db.Customers.AnyAsync(c => c.Id == id && !c.IsDeleted, cancellationToken))
            throw InputValidationException.For("companyId", Text.Pick("Нет такого клиента.", "No such client."));
        var article = await ArticleAsync(draft, companyId, cancellationToken);
        var fromClient = draft.Direction == PaymentDirection.Incoming && article.LedgerAccount == Accounts.Receivables;
        if (fromClient && companyId is null)
            throw InputValidationException.For("companyId", Text.Pick(
                $"Поступление по статье «{article.Name}» — от клиента: укажите его.", $"An incoming payment under \"{article.Name}\" comes from a client: choose it."));
        if (!fromClient && draft.Allocations.Count > 0)
            throw InputValidationException.For("allocations", Text.Pick(
                "На счета относятся только поступления от клиентов по статье оплаты покупателей.",
                "Only a client's incoming payment under a customer-payments article is applied to invoices."));

        var invoices = await LockInvoicesAsync(draft.Allocations.Select(a => a.InvoiceId), cancellationToken);
        var number = await numbers.NextAsync(Payment.NumberPrefix, draft.Date.Year, cancellationToken);
        var payment = new Payment(number, draft.Date, draft.Direction, account.Id, draft.Amount, companyId, draft.Purpose, article.Id, draft.Source);
        var paid = draft.Allocations.Where(a => payment.Allocate(invoices[a.InvoiceId], a.Amount, draft.Date)).Select(a => invoices[a.InvoiceId]).ToList();

        var entry = new JournalEntry("payment", payment.Id, draft.Date, Describe(payment, account));
        if (draft.Direction == PaymentDirection.Outgoing)
            entry.Add(article.LedgerAccount, account.LedgerAccount, draft.Amount,
                new PostingAnalytics(CompanyId: companyId, CreditMoneyAccountId: account.Id, ArticleId: article.Id));
        else if (fromClient)
        {
            foreach (var allocation in payment.Allocations)
                entry.Add(account.LedgerAccount, Accounts.Receivables, allocation.Amount,
                    new PostingAnalytics(companyId, allocation.InvoiceId, DebitMoneyAccountId: account.Id, ArticleId: article.Id));
            entry.Add(account.LedgerAccount, Accounts.AdvancesReceived, payment.Unallocated,
                new PostingAnalytics(companyId, DebitMoneyAccountId: account.Id, ArticleId: article.Id));
        }
        else
            entry.Add(account.LedgerAccount, article.LedgerAccount, draft.Amount,
                new PostingAnalytics(CompanyId: companyId, DebitMoneyAccountId: account.Id, ArticleId: article.Id));
        await books.PostAsync(entry, cancellationToken);
        db.Payments.Add(payment);

        if (fromClient)
            db.Publish(new PaymentReceivedEto(payment.Id, payment.Number, payment.Date, account.Id, companyId, payment.Amount, account.Currency,
                payment.Purpose, payment.Allocations.Select(a => new PaymentAllocationEto(a.InvoiceId, invoices[a.InvoiceId].Number!,
                    invoices[a.InvoiceId].DealId, a.Amount)).ToList(), clock.UtcNow));
        PublishPaid(paid);
        return payment;
    }

    /// <summary>Applies a client's advance to invoices on the allocation's day: Дт 62.02 Кт 62.01 per invoice.</summary>
    public async Task<PaymentDto> AllocateAsync(Guid id, AllocateInput input, CancellationToken cancellationToken)
    {
        var date = input.Date ?? clock.Today;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payment = await LockPaymentAsync(id, cancellationToken);
        var allocations = input.Allocations!.Select(a => (InvoiceId: a.InvoiceId!.Value, Amount: a.Amount!.Value)).ToList();
        var invoices = await LockInvoicesAsync(allocations.Select(a => a.InvoiceId), cancellationToken);
        var before = payment.Allocations.Count;
        var paid = allocations.Where(a => payment.Allocate(invoices[a.InvoiceId], a.Amount, date)).Select(a => invoices[a.InvoiceId]).ToList();
        var added = payment.Allocations.Skip(before).ToList();

        var entry = new JournalEntry("payment.allocation", payment.Id, date, Text.Pick(
            $"Зачёт аванса по платежу {payment.Number}", $"Advance of payment {payment.Number} applied"));
        foreach (var (invoiceId, amount) in allocations)
            entry.Add(Accounts.AdvancesReceived, Accounts.Receivables, amount, new PostingAnalytics(payment.CompanyId, invoiceId));
        await books.PostAsync(entry, cancellationToken);
        db.Publish(new PaymentAllocatedEto(payment.Id, payment.Number, date, payment.CompanyId!.Value,
            added.Select(a => new PaymentAllocatedPartEto(a.Id, a.InvoiceId, invoices[a.InvoiceId].Number!, invoices[a.InvoiceId].DealId, a.Amount))
                .ToList(), clock.UtcNow));
        PublishPaid(paid);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Cancels the payment by reversing its entries today (or on its own latest day, if that is later); its allocations are
    /// marked cancelled and the invoices owe their amounts again. A statement line it came from waits for review again.
    /// </summary>
    public async Task<PaymentDto> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payment = await LockPaymentAsync(id, cancellationToken);
        var date = new[] { clock.Today, payment.Date }.Concat(payment.Allocations.Select(a => a.Date)).Max();
        var taken = payment.Cancel(date);
        var invoices = await LockInvoicesAsync(taken.Select(a => a.InvoiceId), cancellationToken);
        foreach (var allocation in taken)
            invoices[allocation.InvoiceId].Deallocate(allocation.Amount);
        await books.ReverseAsync(payment.Id, "payment.cancelled", date, Text.Pick($"Отмена платежа {payment.Number}", $"Payment {payment.Number} cancelled"),
            cancellationToken);
        foreach (var line in await db.BankStatementLines.Where(l => l.PaymentId == id).ToListAsync(cancellationToken))
            line.Reopen();
        db.Publish(new PaymentCancelledEto(payment.Id, payment.Number, date, payment.CompanyId,
            payment.Allocations.Select(a => a.Id).ToList(), clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private void PublishPaid(IEnumerable<Invoice> invoices)
    {
        foreach (var invoice in invoices)
            db.Publish(new InvoicePaidEto(invoice.Id, invoice.Number!, invoice.CompanyId, invoice.DealId, invoice.OwnerId, invoice.Total,
                invoice.PaidOn!.Value, clock.UtcNow));
    }

    private async Task<Payment> LockPaymentAsync(Guid id, CancellationToken cancellationToken)
    {
        await db.LockRowsAsync<Payment>([id], cancellationToken);
        return await db.Payments.Include(p => p.Allocations).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
               ?? throw new EntityNotFoundException("Payment", id);
    }

    /// <summary>Locks the invoices in id order and reads them under the lock; an unknown one is a 400.</summary>
    private async Task<Dictionary<Guid, Invoice>> LockInvoicesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        await db.LockRowsAsync<Invoice>(wanted, cancellationToken);
        var invoices = await db.Invoices.Where(i => wanted.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        if (wanted.FirstOrDefault(i => !invoices.ContainsKey(i)) is var missing && missing != Guid.Empty)
            throw InputValidationException.For("allocations", Text.Pick($"Нет счёта {missing}.", $"No invoice {missing}."));
        return invoices;
    }

    /// <summary>The client of the invoices a payment without a company is applied to, when they all have one.</summary>
    private async Task<Guid?> CompanyOfInvoicesAsync(IReadOnlyList<(Guid InvoiceId, decimal Amount)> allocations, CancellationToken cancellationToken)
    {
        if (allocations.Count == 0)
            return null;
        var ids = allocations.Select(a => a.InvoiceId).ToList();
        var companies = await db.Invoices.Where(i => ids.Contains(i.Id)).Select(i => i.CompanyId).Distinct().ToListAsync(cancellationToken);
        return companies.Count == 1 ? companies[0]
            : throw InputValidationException.For("companyId", Text.Pick(
                "Счета выставлены разным клиентам: укажите, кто заплатил.", "The invoices are to different clients: choose who paid."));
    }

    private async Task<Article> ArticleAsync(PaymentDraft draft, Guid? companyId, CancellationToken cancellationToken)
    {
        var kind = draft.Direction == PaymentDirection.Incoming ? ArticleKind.Income : ArticleKind.Expense;
        if (draft.ArticleId is null)
            return kind == ArticleKind.Income && companyId is not null
                ? await articles.BuiltInAsync(Articles.CustomerPayments, cancellationToken)
                : throw InputValidationException.For("categoryId", Text.Pick("Укажите статью.", "Choose the article."));
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == draft.ArticleId, cancellationToken);
        if (article is null || article.IsArchived || article.Kind != kind)
            throw InputValidationException.For("categoryId", kind == ArticleKind.Income
                ? Text.Pick("Нужна действующая статья доходов.", "An income article in use is needed.")
                : Text.Pick("Нужна действующая статья расходов.", "An expense article in use is needed."));
        return article;
    }

    private static string Describe(Payment payment, MoneyAccount account) => payment.Direction == PaymentDirection.Incoming
        ? Text.Pick($"Поступление {payment.Number} на «{account.Name}»", $"Payment {payment.Number} into \"{account.Name}\"")
        : Text.Pick($"Выплата {payment.Number} из «{account.Name}»", $"Payment {payment.Number} out of \"{account.Name}\"");

    private async Task<List<PaymentDto>> ToDtosAsync(IReadOnlyList<Payment> payments, CancellationToken cancellationToken)
    {
        var accountIds = payments.Select(p => p.AccountId).Distinct().ToList();
        var companyIds = payments.Where(p => p.CompanyId != null).Select(p => p.CompanyId!.Value).Distinct().ToList();
        var articleIds = payments.Select(p => p.ArticleId).Distinct().ToList();
        var invoiceIds = payments.SelectMany(p => p.Allocations).Select(a => a.InvoiceId).Distinct().ToList();
        var accountNames = await db.MoneyAccounts.Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var companyNames = await db.Customers.Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var articleNames = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var invoiceNumbers = await db.Invoices.Where(i => invoiceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, cancellationToken);
        return payments.Select(p => new PaymentDto(
            p.Id, p.Number, p.Date, p.Direction, p.AccountId, accountNames.GetValueOrDefault(p.AccountId), p.Amount, p.CompanyId,
            p.CompanyId is { } c ? companyNames.GetValueOrDefault(c) : null, p.Purpose, p.ArticleId, articleNames.GetValueOrDefault(p.ArticleId),
            p.Allocated, p.Direction == PaymentDirection.Incoming && p.CompanyId is not null && p.Status == PaymentStatus.Posted ? p.Unallocated : 0,
            p.Status, p.Source, p.CancelledOn,
            p.Allocations.OrderBy(a => a.Date).Select(a => new PaymentAllocationDto(a.InvoiceId, invoiceNumbers.GetValueOrDefault(a.InvoiceId), a.Date,
                a.Amount, a.CancelledOn)).ToList(),
            p.CreatedAt, p.ConcurrencyStamp)).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
