namespace Suite.Bench;

/// <summary>
/// The reference statements: the figures the Finance reports return, each computed by one hand-written statement
/// ($1, $2 are the parameters), so the bench shows what the API adds over the database's own work.
/// </summary>
internal static class FinanceSql
{
    /// <summary>The P&amp;L's monthly figures for [$1, $2) from the daily turnovers, as the host reads them.</summary>
    public const string ProfitAndLoss = """
        SELECT date_trunc('month', "Date")::date AS month,
               COALESCE(SUM("Credit" - "Debit") FILTER (WHERE "Account" IN ('90.01', '90.03')), 0) AS revenue,
               COALESCE(SUM("Debit" - "Credit") FILTER (WHERE "Account" = '90.02'), 0) AS cost_of_sales,
               COALESCE(SUM("Debit" - "Credit") FILTER (WHERE "Account" IN ('26', '44')), 0) AS expenses,
               COALESCE(SUM("Credit" - "Debit") FILTER (WHERE "Account" = '91.01'), 0) AS other_income,
               COALESCE(SUM("Debit" - "Credit") FILTER (WHERE "Account" = '91.02'), 0) AS other_expenses
        FROM finance."FinanceDailyTurnovers"
        WHERE "Date" >= $1 AND "Date" < $2 AND "Account" IN ('90.01', '90.03', '90.02', '26', '44', '91.01', '91.02')
        GROUP BY 1
        ORDER BY 1
        """;

    /// <summary>The same figures added up from the ledger's lines: what the report would cost without the turnovers.</summary>
    public const string ProfitAndLossFromLines = """
        SELECT date_trunc('month', "Date")::date AS month,
               COALESCE(SUM("Amount") FILTER (WHERE "CreditAccount" = '90.01'), 0)
                 - COALESCE(SUM("Amount") FILTER (WHERE "DebitAccount" = '90.03'), 0) AS revenue,
               COALESCE(SUM("Amount") FILTER (WHERE "DebitAccount" = '90.02'), 0) AS cost_of_sales,
               COALESCE(SUM("Amount") FILTER (WHERE "DebitAccount" IN ('26', '44')), 0) AS expenses,
               COALESCE(SUM("Amount") FILTER (WHERE "CreditAccount" = '91.01'), 0) AS other_income,
               COALESCE(SUM("Amount") FILTER (WHERE "DebitAccount" = '91.02'), 0) AS other_expenses
        FROM finance."FinancePostings"
        WHERE "Date" >= $1 AND "Date" < $2
          AND ("CreditAccount" IN ('90.01', '91.01') OR "DebitAccount" IN ('90.02', '90.03', '26', '44', '91.02'))
        GROUP BY 1
        ORDER BY 1
        """;

    /// <summary>
    /// Adds the lines of [$1, $2) (the generated year, which the host has not posted in) to finance."FinanceDailyTurnovers";
    /// no article is the all-zero id.
    /// </summary>
    public const string TurnoversFromLines = """
        INSERT INTO finance."FinanceDailyTurnovers" ("Date", "Account", "ArticleId", "Debit", "Credit")
        SELECT "Date", account, article, SUM(debit), SUM(credit)
        FROM (SELECT "Date", "DebitAccount" AS account, COALESCE("ArticleId", '00000000-0000-0000-0000-000000000000') AS article,
                     "Amount" AS debit, 0 AS credit
              FROM finance."FinancePostings" WHERE "Date" >= $1 AND "Date" < $2
              UNION ALL
              SELECT "Date", "CreditAccount", COALESCE("ArticleId", '00000000-0000-0000-0000-000000000000'), 0, "Amount"
              FROM finance."FinancePostings" WHERE "Date" >= $1 AND "Date" < $2) AS sides
        GROUP BY "Date", account, article
        """;

    /// <summary>Receivables per customer as of $1 (= $2) in the five buckets of days past the due date.</summary>
    public const string Aging = """
        WITH paid AS (
            SELECT "InvoiceId", SUM("Amount") AS amount
            FROM finance."FinancePaymentAllocations"
            WHERE "Date" <= $1 AND ("CancelledOn" IS NULL OR "CancelledOn" > $1)
            GROUP BY "InvoiceId"),
        due AS (
            SELECT i."CompanyId", $2 - i."DueDate" AS days, i."Total" - COALESCE(p.amount, 0) AS amount
            FROM finance."FinanceInvoices" i LEFT JOIN paid p ON p."InvoiceId" = i."Id"
            WHERE i."Status" <> 'Draft' AND i."IssueDate" <= $1 AND (i."CancelledOn" IS NULL OR i."CancelledOn" > $1))
        SELECT "CompanyId",
               SUM(amount) FILTER (WHERE days <= 0) AS not_due,
               SUM(amount) FILTER (WHERE days BETWEEN 1 AND 30) AS d1_30,
               SUM(amount) FILTER (WHERE days BETWEEN 31 AND 60) AS d31_60,
               SUM(amount) FILTER (WHERE days BETWEEN 61 AND 90) AS d61_90,
               SUM(amount) FILTER (WHERE days > 90) AS over90,
               SUM(amount) AS total
        FROM due
        WHERE amount <> 0
        GROUP BY "CompanyId"
        """;
}
