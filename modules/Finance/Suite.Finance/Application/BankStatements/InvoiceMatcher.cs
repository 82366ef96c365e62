using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.BankStatements;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Payments;

namespace Suite.Finance.Application.BankStatements;

/// <summary>What a statement line pays, when that is clear: the client and the part of the line for each invoice.</summary>
internal sealed record InvoiceMatch(Guid CompanyId, IReadOnlyList<(Guid InvoiceId, decimal Amount)> Allocations);

/// <summary>
/// Finds the open invoices an incoming statement line pays. A line is matched only when the payer's ИНН is a client's
/// and either the purpose names open invoices of that client whose amounts due cover the line (applied in the order
/// named), or the purpose names none and exactly one open invoice of the client is due exactly the line's amount.
/// Anything less certain is left to the accountant, with suggestions.
/// </summary>
internal sealed partial class InvoiceMatcher(FinanceDbContext db)
{
    /// <summary>Invoice numbers as the series writes them: "СЧ-2026-000123".</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]{1,10}-\d{4}-\d{6}")]
    private static partial Regex InvoiceNumber();

    public async Task<InvoiceMatch?> MatchAsync(BankStatementLine line, CancellationToken cancellationToken)
    {
        if (line.Direction != PaymentDirection.Incoming)
            return null;
        var (named, ofPayer) = await CandidatesAsync(line, cancellationToken);
        var companies = await CompaniesOfAsync(line.PayerTaxId, cancellationToken);
        if (companies.Count == 0)
            return null;
        var numbers = NumbersIn(line.Purpose);
        if (numbers.Count > 0)
        {
            var invoices = numbers.Select(n => named.FirstOrDefault(i => i.Number == n)).OfType<Invoice>()
                .Where(i => companies.Contains(i.CompanyId)).ToList();
            if (invoices.Count == 0 || invoices.Select(i => i.CompanyId).Distinct().Count() > 1 || invoices.Sum(i => i.AmountDue) < line.Amount)
                return null;
            var allocations = new List<(Guid, decimal)>();
            var rest = line.Amount;
            foreach (var invoice in invoices.TakeWhile(_ => rest > 0))
            {
                var part = Math.Min(rest, invoice.AmountDue);
                allocations.Add((invoice.Id, part));
                rest -= part;
            }

            return new InvoiceMatch(invoices[0].CompanyId, allocations);
        }

        var exact = ofPayer.Where(i => i.AmountDue == line.Amount).ToList();
        return exact.Count == 1 ? new InvoiceMatch(exact[0].CompanyId, [(exact[0].Id, line.Amount)]) : null;
    }

    /// <summary>For the review screen: the client with the payer's ИНН, and the open invoices the purpose names or of that client.</summary>
    public async Task<(Guid? CompanyId, IReadOnlyList<Guid> InvoiceIds)> SuggestAsync(BankStatementLine line, CancellationToken cancellationToken)
    {
        if (line.Direction != PaymentDirection.Incoming || line.Status != BankStatementLineStatus.Unmatched)
            return (null, []);
        var (named, ofPayer) = await CandidatesAsync(line, cancellationToken);
        var companies = await CompaniesOfAsync(line.PayerTaxId, cancellationToken);
        var invoices = named.Concat(ofPayer.OrderBy(i => i.AmountDue == line.Amount ? 0 : 1).ThenBy(i => i.DueDate)).Select(i => i.Id).Distinct()
            .Take(10).ToList();
        return (companies.Count == 1 ? companies[0] : named.Select(i => (Guid?)i.CompanyId).FirstOrDefault(), invoices);
    }

    internal static IReadOnlyList<string> NumbersIn(string? purpose) =>
        purpose is null ? [] : InvoiceNumber().Matches(purpose.ToUpperInvariant()).Select(m => m.Value).Distinct().ToList();

    /// <summary>The open invoices the purpose names, and the open invoices of the clients with the payer's ИНН.</summary>
    private async Task<(List<Invoice> Named, List<Invoice> OfPayer)> CandidatesAsync(BankStatementLine line, CancellationToken cancellationToken)
    {
        var numbers = NumbersIn(line.Purpose);
        var named = numbers.Count == 0 ? [] : await OpenInvoices().Where(i => numbers.Contains(i.Number!)).ToListAsync(cancellationToken);
        var companies = await CompaniesOfAsync(line.PayerTaxId, cancellationToken);
        var ofPayer = companies.Count == 0 ? [] : await OpenInvoices().Where(i => companies.Contains(i.CompanyId)).ToListAsync(cancellationToken);
        return (named, ofPayer);
    }

    // Read without tracking: the payment that follows locks and reads the invoices afresh.
    private IQueryable<Invoice> OpenInvoices() => db.Invoices.AsNoTracking()
        .Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid);

    private async Task<List<Guid>> CompaniesOfAsync(string? taxId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(taxId) ? []
        : await db.Customers.Where(c => c.TaxId == taxId && !c.IsDeleted).Select(c => c.Id).ToListAsync(cancellationToken);
}
