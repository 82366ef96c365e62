using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Ledger;
using Suite.Finance.Application.Money;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Framework.Events;
using Suite.Stock.Events;

namespace Suite.Finance.EventHandlers;

/// <summary>
/// Books Stock's documents against goods (41), so account 41 follows Stock's value: a receipt Дт 41 Кт 60, a shipment
/// Дт 90.02 Кт 41, a write-off and a count shortage Дт 91.02 Кт 41, a count surplus Дт 41 Кт 91.01; a transfer moves
/// goods from 41 to 41 and posts nothing. A cancellation reverses the document's entry on the counter-document's day, at the values the counter-document took back.
/// Runs in the inbox's transaction. Deliveries may repeat: one entry per document, a second posts nothing. A day in a
/// closed period is booked on the first open day, since a handler that refuses would be retried forever.
/// </summary>
internal sealed class StockDocumentHandler(FinanceDbContext db, Books books, ArticleService articles) :
    IIntegrationEventHandler<StockDocumentPostedEto>,
    IIntegrationEventHandler<StockDocumentCancelledEto>
{
    /// <summary>The reversal's operation; a posting's is "stock." and the document's kind ("stock.receipt").</summary>
    public const string CancelOperation = "stock.cancelled";

    public async Task HandleAsync(StockDocumentPostedEto e, CancellationToken cancellationToken)
    {
        if (await db.JournalEntries.AnyAsync(x => x.SourceId == e.DocumentId, cancellationToken))
            return;
        var date = await books.FirstOpenDayOnOrAfterAsync(e.Date, cancellationToken);
        var entry = await EntryAsync(e.DocumentId, e.Number, e.Kind, date, e.CompanyId, e.Lines, cancellationToken);
        await books.PostAsync(entry, cancellationToken);
    }

    public async Task HandleAsync(StockDocumentCancelledEto e, CancellationToken cancellationToken)
    {
        var booked = await db.JournalEntries.Include(x => x.Postings)
            .SingleOrDefaultAsync(x => x.SourceId == e.DocumentId && x.ReversesEntryId == null, cancellationToken);
        var date = await books.FirstOpenDayOnOrAfterAsync(e.Date, cancellationToken);
        // The lines carry what the counter-document took back, which is what Stock's value lost: a FIFO receipt whose
        // own layers were partly shipped since is undone at the cost of the layers left, not at its receipt cost.
        var undone = await EntryAsync(e.DocumentId, e.Number, e.Kind, date, booked?.Postings.FirstOrDefault()?.CompanyId, e.Lines,
            cancellationToken);
        if (booked is null)
        {
            // Nothing to reverse: a transfer or a document worth nothing posts no entry. Otherwise the posting has not
            // been handled yet (deliveries out of order): fail, so the inbox tries again after it.
            if (undone.Postings.Count > 0)
                throw new InvalidOperationException($"Stock document {e.Number} is cancelled before its posting was booked; retried later.");
            return;
        }

        if (booked.ReversedByEntryId is not null)
            return; // a repeated delivery
        await books.PostAsync(booked.ReverseBy(undone, CancelOperation, date,
            $"Сторно: {Describe(e.Kind, e.Number)}, отменён документом {e.ReversalNumber}"), cancellationToken);
    }

    private async Task<JournalEntry> EntryAsync(Guid documentId, string number, string kind, DateOnly date, Guid? companyId,
        IReadOnlyList<StockDocumentLineValue> lines, CancellationToken cancellationToken)
    {
        var entry = new JournalEntry("stock." + kind, documentId, date, Describe(kind, number));
        var total = lines.Sum(l => l.Value);
        switch (kind)
        {
            case "receipt":
                entry.Add(Accounts.Goods, Accounts.Payables, total, new PostingAnalytics(CompanyId: companyId));
                break;
            case "shipment":
                entry.Add(Accounts.CostOfSales, Accounts.Goods, total, new PostingAnalytics(CompanyId: companyId));
                break;
            case "writeOff":
                if (total != 0)
                    entry.Add(Accounts.OtherExpenses, Accounts.Goods, total, await ArticleAsync(Articles.GoodsWriteOff, cancellationToken));
                break;
            case "count":
                // Each line is the signed difference from the books: surpluses and shortages go to their own articles.
                var surplus = lines.Where(l => l.Value > 0).Sum(l => l.Value);
                var shortage = -lines.Where(l => l.Value < 0).Sum(l => l.Value);
                if (surplus != 0)
                    entry.Add(Accounts.Goods, Accounts.OtherIncome, surplus, await ArticleAsync(Articles.CountSurplus, cancellationToken));
                if (shortage != 0)
                    entry.Add(Accounts.OtherExpenses, Accounts.Goods, shortage, await ArticleAsync(Articles.CountShortage, cancellationToken));
                break;
            // A transfer moves goods between warehouses, from 41 to 41: nothing to post.
        }

        return entry;
    }

    private async Task<PostingAnalytics> ArticleAsync(string code, CancellationToken cancellationToken) =>
        new(ArticleId: (await articles.BuiltInAsync(code, cancellationToken)).Id);

    private static string Describe(string kind, string number) => kind switch
    {
        "receipt" => $"Поступление товаров {number}",
        "shipment" => $"Отгрузка товаров {number}",
        "writeOff" => $"Списание товаров {number}",
        "count" => $"Инвентаризация {number}",
        "transfer" => $"Перемещение товаров {number}",
        _ => $"Складской документ {number}",
    };
}
