using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Data;

namespace Suite.Finance.Data;

/// <summary>
/// Adds the lines a SaveChanges is about to write to <see cref="DailyTurnover"/>, in the same transaction, by one
/// INSERT … ON CONFLICT DO UPDATE: the database adds, so two operations posting on the same day and account queue on
/// the row instead of overwriting each other's figure. Rows go in key order, so two transactions lock them in the same
/// order and never deadlock on them; it runs last before the save, so the rows stay locked only for the save and the
/// commit.
/// </summary>
internal static class DailyTurnovers
{
    public static async Task AddAsync(FinanceDbContext db, IReadOnlyCollection<Posting> postings, CancellationToken cancellationToken)
    {
        if (postings.Count == 0)
            return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Ledger lines are saved inside the transaction of their operation.");
        var rows = postings
            .SelectMany(p => new[]
            {
                (p.Date, Account: p.DebitAccount, Article: p.ArticleId ?? DailyTurnover.NoArticle, Debit: p.Amount, Credit: 0m),
                (p.Date, Account: p.CreditAccount, Article: p.ArticleId ?? DailyTurnover.NoArticle, Debit: 0m, Credit: p.Amount),
            })
            .GroupBy(r => (r.Date, r.Account, r.Article))
            .Select(g => (g.Key.Date, g.Key.Account, g.Key.Article, Debit: g.Sum(r => r.Debit), Credit: g.Sum(r => r.Credit)))
            .OrderBy(r => r.Date).ThenBy(r => r.Account, StringComparer.Ordinal).ThenBy(r => r.Article)
            .ToList();

        var entity = db.Model.FindEntityType(typeof(DailyTurnover))!;
        var table = db.QuotedTableName<DailyTurnover>();
        // Parameters made by the model's own mappings, so each value is stored as EF stores it (on SQLite: dates and
        // ids as text, money in whole ten-thousandths).
        using var factory = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>();
        string Parameter(string property, object value)
        {
            var name = $"@p{parameters.Count}";
            parameters.Add(entity.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(factory, name, value));
            return name;
        }
        var values = string.Join(", ", rows.Select(r =>
            $"({Parameter(nameof(DailyTurnover.Date), r.Date)}, {Parameter(nameof(DailyTurnover.Account), r.Account)}, " +
            $"{Parameter(nameof(DailyTurnover.ArticleId), r.Article)}, {Parameter(nameof(DailyTurnover.Debit), r.Debit)}, " +
            $"{Parameter(nameof(DailyTurnover.Credit), r.Credit)})"));
        // The table name comes from the model and the values go as parameters.
#pragma warning disable EF1002, EF1003
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {table} AS t (\"Date\", \"Account\", \"ArticleId\", \"Debit\", \"Credit\") VALUES {values} " +
            "ON CONFLICT (\"Date\", \"Account\", \"ArticleId\") DO UPDATE SET \"Debit\" = t.\"Debit\" + excluded.\"Debit\", " +
            "\"Credit\" = t.\"Credit\" + excluded.\"Credit\"",
            parameters, cancellationToken);
#pragma warning restore EF1002, EF1003
    }

    /// <summary>
    /// Builds the turnovers from the lines once, for a database whose lines were posted before the turnovers existed
    /// (the first start after the upgrade); later starts find them and do nothing.
    /// </summary>
    public static async Task BuildIfMissingAsync(FinanceDbContext db, CancellationToken cancellationToken)
    {
        if (await db.DailyTurnovers.AnyAsync(cancellationToken) || !await db.Postings.AnyAsync(cancellationToken))
            return;
        var debits = await db.Postings.GroupBy(p => new { p.Date, Account = p.DebitAccount, p.ArticleId })
            .Select(g => new { g.Key.Date, g.Key.Account, g.Key.ArticleId, Debit = g.Sum(p => p.Amount), Credit = 0m })
            .ToListAsync(cancellationToken);
        var credits = await db.Postings.GroupBy(p => new { p.Date, Account = p.CreditAccount, p.ArticleId })
            .Select(g => new { g.Key.Date, g.Key.Account, g.Key.ArticleId, Debit = 0m, Credit = g.Sum(p => p.Amount) })
            .ToListAsync(cancellationToken);
        db.DailyTurnovers.AddRange(debits.Concat(credits)
            .GroupBy(t => (t.Date, t.Account, Article: t.ArticleId ?? DailyTurnover.NoArticle))
            .Select(g => new DailyTurnover(g.Key.Date, g.Key.Account, g.Key.Article, g.Sum(t => t.Debit), g.Sum(t => t.Credit))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
