using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Ledger;
using Suite.Finance.Application.Organisation;
using Suite.Finance.Application.Settings;
using Suite.Finance.Data;
using Suite.Finance.Domain.Customers;
using Suite.Finance.Domain.Deals;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Products;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Finance.Application.Invoices;

/// <summary>
/// Invoices under the owner rule: a sales manager drafts, issues and sees only invoices of the clients and deals they
/// own (another's reads as missing, 404); accountants and directors see all. Issue and cancel post to the ledger in the
/// same transaction as the change of the invoice.
/// </summary>
internal sealed class InvoiceService(
    FinanceDbContext db, ICurrentUser user, BusinessClock clock, Books books, InvoiceNumbers numbers,
    FinanceSettingsReader settings, OrganisationService organisation)
{
    public const string CustomerMissing = "Finance.Customer.NotCopied";
    public const string DealWithoutLines = "Finance.Deal.NoLines";
    public const string DefaultUnit = "шт";

    private static readonly SortMap<Invoice> Sorting = new SortMap<Invoice>("issueDate desc, number desc")
        .Add("number", i => i.Number)
        .Add("issueDate", i => i.IssueDate)
        .Add("dueDate", i => i.DueDate)
        .Add("status", i => i.Status)
        .Add("total", i => i.Total)
        .Add("amountPaid", i => i.AmountPaid)
        .Add("createdAt", i => i.CreatedAt);

    private IQueryable<Invoice> Visible => db.Invoices.VisibleTo(user);

    public async Task<PagedResult<InvoiceListItemDto>> ListAsync(InvoiceListRequest request, CancellationToken cancellationToken)
    {
        var invoices = Visible.AsNoTracking().IgnoreAutoIncludes();
        if (request.StatusFilter() is { } status)
            invoices = invoices.Where(i => i.Status == status);
        if (request.CompanyId is { } companyId)
            invoices = invoices.Where(i => i.CompanyId == companyId);
        if (request.DealId is { } dealId)
            invoices = invoices.Where(i => i.DealId == dealId);
        if (request.From is { } from)
            invoices = invoices.Where(i => i.IssueDate >= from);
        if (request.To is { } to)
            invoices = invoices.Where(i => i.IssueDate <= to);
        var today = clock.Today;
        if (request.Overdue == true)
            invoices = invoices.Where(i => (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid) && i.DueDate < today);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var text = request.Filter.Trim();
            var term = text.ToLowerInvariant();
            invoices = invoices.Where(i => (i.Number != null && i.Number.Contains(text))
                                           || db.Customers.Any(c => c.Id == i.CompanyId && c.SearchText.Contains(term)));
        }

        var page = await invoices.ToPageAsync(request, Sorting, i => i, cancellationToken);
        var names = await NamesAsync(page.Items, cancellationToken);
        return new PagedResult<InvoiceListItemDto>(page.TotalCount, page.Items.Select(i => new InvoiceListItemDto(
            i.Id, i.Number, i.Status, i.CompanyId, i.BuyerName ?? names.Companies.GetValueOrDefault(i.CompanyId), i.DealId,
            i.DealId is { } d ? names.Deals.GetValueOrDefault(d) : null, i.OwnerId, names.People.GetValueOrDefault(i.OwnerId),
            i.IssueDate, i.DueDate, i.Currency, i.TotalNet, i.TotalVat, i.Total, i.AmountPaid, i.AmountDue,
            Overdue.Days(i.Status, i.DueDate, today) > 0, Overdue.Days(i.Status, i.DueDate, today))).ToList());
    }

    public async Task<InvoiceDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await ToDtoAsync(await FindAsync(id, tracked: false, cancellationToken), cancellationToken);

    /// <summary>
    /// A new draft; with <c>issue: true</c> also issued, in one transaction: the draft is never saved on its own, and input
    /// the two calls would refuse (at create or at issue) is refused the same way, with nothing saved and no number taken.
    /// </summary>
    public async Task<InvoiceDto> CreateAsync(InvoiceInput input, CancellationToken cancellationToken)
    {
        var invoice = new Invoice(input.CompanyId!.Value, input.DealId, Guid.Empty);
        var parties = await DraftAsync(invoice, input, cancellationToken);
        db.Invoices.Add(invoice);
        if (input.Issue != true)
        {
            await db.SaveChangesAsync(cancellationToken);
            return await NewDtoAsync(invoice, parties.Customer.Name, parties.DealTitle, cancellationToken);
        }

        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Nobody else can see the new invoice yet: no row lock; the draft checks above stand for the issue's own.
            await IssueDraftAsync(invoice, parties.Customer, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        FinanceMetrics.InvoiceIssued();

        return await NewDtoAsync(invoice, parties.Customer.Name, parties.DealTitle, cancellationToken);
    }

    public async Task<InvoiceDto> UpdateAsync(Guid id, InvoiceInput input, CancellationToken cancellationToken)
    {
        var invoice = await FindAsync(id, tracked: true, cancellationToken);
        invoice.EnsureDraft();
        db.ExpectConcurrencyStamp(invoice, input.ConcurrencyStamp);
        await DraftAsync(invoice, input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(invoice, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var invoice = await FindAsync(id, tracked: true, cancellationToken);
        invoice.EnsureDraft();
        db.Invoices.Remove(invoice);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Drafts an invoice from Finance's copy of the deal: its client, its owner and its lines. Crm's prices are what the
    /// client pays, so the draft's prices include VAT and its total is the deal's amount; each line's VAT rate and unit come
    /// from the product, or the organisation's default rate and "шт" for a line without one.
    /// </summary>
    public async Task<InvoiceDto> FromDealAsync(Guid dealId, CancellationToken cancellationToken)
    {
        var deal = await VisibleDealAsync(dealId, cancellationToken);
        if (deal.Lines.Count == 0)
            throw new BusinessRuleException(DealWithoutLines, Text.Pick(
                $"В сделке «{deal.Title}» нет строк: составьте счёт вручную.", $"Deal \"{deal.Title}\" has no lines: draft the invoice by hand."));
        var customer = await CustomerAsync(deal.CompanyId, cancellationToken);
        var productIds = deal.Lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var defaultRate = (await organisation.SnapshotAsync(cancellationToken)).DefaultVatRate;
        var issueDate = clock.Today;
        var lines = deal.Lines.OrderBy(l => l.Position).Select((l, index) =>
        {
            var product = l.ProductId is { } p ? products.GetValueOrDefault(p) : null;
            return new InvoiceLine(index + 1, l.ProductId, l.Description, product?.Unit ?? DefaultUnit, l.Quantity, l.UnitPrice,
                product is null ? defaultRate : product.VatRate, pricesIncludeVat: true);
        }).ToList();

        var invoice = new Invoice(deal.CompanyId, deal.Id, deal.OwnerId);
        invoice.Draft(deal.CompanyId, deal.Id, deal.OwnerId, issueDate, await DefaultDueDateAsync(issueDate, cancellationToken),
            pricesIncludeVat: true, comment: null, lines);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return await NewDtoAsync(invoice, customer.Name, deal.Title, cancellationToken);
    }

    /// <summary>
    /// Numbers the draft in its issue date's year, freezes the buyer from the customer copy and posts Дт 62.01 Кт 90.01
    /// (total) and Дт 90.03 Кт 68.02 (VAT), all in one transaction under a lock of the invoice's row, so two clicks issue once.
    /// </summary>
    public async Task<InvoiceDto> IssueAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockRowsAsync<Invoice>([id], cancellationToken);
        var invoice = await FindAsync(id, tracked: true, cancellationToken);
        invoice.EnsureDraft();
        var customer = await CustomerAsync(invoice.CompanyId, cancellationToken);
        await IssueDraftAsync(invoice, customer, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        FinanceMetrics.InvoiceIssued();
        return await NewDtoAsync(invoice, customer.Name, dealTitle: null, cancellationToken);
    }

    /// <summary>
    /// The issue itself, inside the caller's transaction (the caller saves and commits): every check first, then the
    /// number, the buyer frozen from <paramref name="customer"/>, the entry and the event.
    /// </summary>
    private async Task IssueDraftAsync(Invoice invoice, Customer customer, CancellationToken cancellationToken)
    {
        await books.EnsureOpenAsync(invoice.IssueDate, cancellationToken);
        var prefix = (await settings.CurrentAsync(cancellationToken)).InvoicePrefix;
        var seller = await organisation.SnapshotAsync(cancellationToken);
        invoice.EnsureIssuable();

        // The series row stays locked from here to the commit: only the work that needs the number comes after it.
        var number = await numbers.NextAsync(prefix, invoice.IssueDate.Year, cancellationToken);
        var now = clock.UtcNow;
        invoice.Issue(number, invoice.IssueDate, invoice.DueDate, customer.Name, customer.TaxId, customer.Kpp, customer.Address, now);
        var analytics = new PostingAnalytics(CompanyId: invoice.CompanyId, InvoiceId: invoice.Id);
        await books.PostAsync(new JournalEntry("invoice.issued", invoice.Id, invoice.IssueDate, $"Счёт {number}, {customer.Name}")
            .Add(Accounts.Receivables, Accounts.Revenue, invoice.Total, analytics)
            .Add(Accounts.VatOnSales, Accounts.VatPayable, invoice.TotalVat, analytics), cancellationToken);
        db.Publish(new InvoiceIssuedEto(invoice.Id, number, invoice.IssueDate, invoice.DueDate, invoice.Currency, invoice.PricesIncludeVat,
            new InvoiceParty(invoice.CompanyId, customer.Name, customer.TaxId, customer.Kpp, customer.Address), seller, invoice.DealId,
            invoice.OwnerId,
            invoice.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineEto(l.Position, l.ProductId, l.Description, l.Unit, l.Quantity,
                l.UnitPrice, l.VatRate, l.Net, l.Vat, l.Total)).ToList(),
            VatByRate(invoice).Select(v => new VatAmount(v.Rate, v.Net, v.Vat)).ToList(),
            invoice.TotalNet, invoice.TotalVat, invoice.Total, user.Id, now));
    }

    /// <summary>Cancels an issued invoice nothing is paid on, by a reversal of its entry dated today (the company's day).</summary>
    public async Task<InvoiceDto> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockRowsAsync<Invoice>([id], cancellationToken);
        var invoice = await FindAsync(id, tracked: true, cancellationToken);
        var today = clock.Today;
        invoice.Cancel(today);
        await books.ReverseAsync(invoice.Id, "invoice.cancelled", today, $"Отмена счёта {invoice.Number}", cancellationToken);
        db.Publish(new InvoiceCancelledEto(invoice.Id, invoice.Number!, invoice.CompanyId, invoice.DealId, invoice.OwnerId, invoice.Total,
            today, user.Id, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return await ToDtoAsync(invoice, cancellationToken);
    }

    /// <summary>
    /// Applies the editor's input to a draft. The client and the deal must be the user's to invoice; the owner is the
    /// deal's, else the client's. A line of a known product takes its unit when the editor sent none.
    /// </summary>
    /// <returns>The client's copy and the deal's title, which the answer (and an issue) needs.</returns>
    private async Task<DraftParties> DraftAsync(Invoice invoice, InvoiceInput input, CancellationToken cancellationToken)
    {
        var companyId = input.CompanyId!.Value;
        Guid ownerId;
        Customer customer;
        string? dealTitle = null;
        if (input.DealId is { } dealId)
        {
            var deal = await VisibleDealAsync(dealId, cancellationToken);
            if (deal.CompanyId != companyId)
                throw InputValidationException.For("dealId", Text.Pick("Сделка относится к другому клиенту.", "The deal belongs to another client."));
            customer = await CustomerAsync(companyId, cancellationToken);
            ownerId = deal.OwnerId;
            dealTitle = deal.Title;
        }
        else
        {
            customer = await db.Customers.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(c => c.Id == companyId && !c.IsDeleted, cancellationToken)
                       ?? throw new EntityNotFoundException("Customer", companyId);
            ownerId = customer.OwnerId;
        }

        var productIds = input.Lines!.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var units = productIds.Count == 0 ? []
            : await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Unit, cancellationToken);
        var pricesIncludeVat = input.PricesIncludeVat ?? false;
        var lines = input.Lines!.Select((l, index) => new InvoiceLine(index + 1, l.ProductId, l.Description!.Trim(),
            string.IsNullOrWhiteSpace(l.Unit) ? (l.ProductId is { } p ? units.GetValueOrDefault(p) : null) ?? DefaultUnit : l.Unit.Trim(),
            l.Quantity, l.UnitPrice, l.VatRate, pricesIncludeVat)).ToList();
        var issueDate = input.IssueDate ?? clock.Today;
        var dueDate = input.DueDate ?? await DefaultDueDateAsync(issueDate, cancellationToken);
        if (dueDate < issueDate)
            throw InputValidationException.For("dueDate", Text.Pick("Срок оплаты не может быть раньше даты счёта.", "The due date cannot be before the issue date."));
        invoice.Draft(companyId, input.DealId, ownerId, issueDate, dueDate, pricesIncludeVat,
            string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), lines);
        return new DraftParties(customer, dealTitle);
    }

    private sealed record DraftParties(Customer Customer, string? DealTitle);

    private async Task<DateOnly> DefaultDueDateAsync(DateOnly issueDate, CancellationToken cancellationToken) =>
        issueDate.AddDays((await settings.CurrentAsync(cancellationToken)).PaymentTermDays);

    /// <summary>The deal in Finance's copy, if the user may invoice it; another manager's deal reads as missing.</summary>
    private async Task<Deal> VisibleDealAsync(Guid dealId, CancellationToken cancellationToken) =>
        await db.Deals.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(d => d.Id == dealId && !d.IsDeleted, cancellationToken)
        ?? throw new EntityNotFoundException("Deal", dealId);

    /// <summary>The client's copy the invoice prints; a client just created in Crm may not have arrived yet (409, try again).</summary>
    private async Task<Customer> CustomerAsync(Guid companyId, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == companyId && !c.IsDeleted, cancellationToken)
        ?? throw new BusinessRuleException(CustomerMissing, Text.Pick(
            "Клиента нет в учёте: если его только что создали, повторите через несколько секунд.",
            "The client is not in the books yet: if it was created a moment ago, try again in a few seconds."));

    private async Task<Invoice> FindAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? Visible : Visible.AsNoTracking();
        return await query.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Invoice", id);
    }

    private async Task<InvoiceDto> ToDtoAsync(Invoice i, CancellationToken cancellationToken)
    {
        var names = await NamesAsync([i], cancellationToken);
        var payments = await db.PaymentAllocations.AsNoTracking().Where(a => a.InvoiceId == i.Id && a.CancelledOn == null)
            .OrderBy(a => a.Date).Select(a => new InvoicePaymentDto(a.PaymentId, a.Date, a.Amount)).ToListAsync(cancellationToken);
        return ToDto(i, names, payments);
    }

    /// <summary>
    /// The answer for an invoice just drafted or issued: nothing can be paid on it yet and the client's name is at hand,
    /// so only the owner's name (and a deal's title not read yet) is looked up.
    /// </summary>
    private async Task<InvoiceDto> NewDtoAsync(Invoice i, string companyName, string? dealTitle, CancellationToken cancellationToken)
    {
        var deals = new Dictionary<Guid, string>();
        if (i.DealId is { } dealId
            && (dealTitle ?? await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => d.Id == dealId).Select(d => d.Title)
                .SingleOrDefaultAsync(cancellationToken)) is { } title)
            deals[dealId] = title;
        var people = await db.People.NamesAsync([i.OwnerId], cancellationToken);
        return ToDto(i, new Names(new Dictionary<Guid, string> { [i.CompanyId] = companyName }, deals, people), []);
    }

    private InvoiceDto ToDto(Invoice i, Names names, List<InvoicePaymentDto> payments)
    {
        var today = clock.Today;
        var daysOverdue = Overdue.Days(i.Status, i.DueDate, today);
        return new InvoiceDto(i.Id, i.Number, i.Status, i.CompanyId, i.BuyerName ?? names.Companies.GetValueOrDefault(i.CompanyId), i.DealId,
            i.DealId is { } d ? names.Deals.GetValueOrDefault(d) : null, i.OwnerId, names.People.GetValueOrDefault(i.OwnerId), i.IssueDate,
            i.DueDate, i.Currency, i.PricesIncludeVat, i.Comment, i.TotalNet, i.TotalVat, i.Total, i.AmountPaid, i.AmountDue,
            daysOverdue > 0, daysOverdue,
            i.BuyerName is null ? null : new InvoiceBuyerDto(i.BuyerName, i.BuyerTaxId, i.BuyerKpp, i.BuyerAddress),
            i.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineDto(l.Position, l.ProductId, l.Description, l.Unit, l.Quantity,
                l.UnitPrice, l.VatRate, l.Net, l.Vat, l.Total)).ToList(),
            VatByRate(i), payments, i.ConcurrencyStamp);
    }

    private static List<VatByRateDto> VatByRate(Invoice invoice) => invoice.Lines.GroupBy(l => l.VatRate)
        .OrderByDescending(g => g.Key ?? -1m)
        .Select(g => new VatByRateDto(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Vat))).ToList();

    private async Task<Names> NamesAsync(IReadOnlyCollection<Invoice> invoices, CancellationToken cancellationToken)
    {
        var companyIds = invoices.Select(i => i.CompanyId).Distinct().ToList();
        var dealIds = invoices.Where(i => i.DealId is not null).Select(i => i.DealId!.Value).Distinct().ToList();
        var companies = await db.Customers.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var deals = await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => dealIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Title, cancellationToken);
        var people = await db.People.NamesAsync(invoices.Select(i => i.OwnerId), cancellationToken);
        return new Names(companies, deals, people);
    }

    private sealed record Names(
        Dictionary<Guid, string> Companies, Dictionary<Guid, string> Deals, IReadOnlyDictionary<Guid, string> People);
}
