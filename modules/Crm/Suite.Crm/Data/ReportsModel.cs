using Microsoft.EntityFrameworkCore;
using Suite.Crm.Domain.Deals;

namespace Suite.Crm.Data;

/// <summary>What the sales reports and the board need from the deals table: the indexes their plans use (see bench/).</summary>
internal static class ReportsModel
{
    internal static void ConfigureReports(this ModelBuilder builder, string prefix, bool postgreSql)
    {
        builder.Entity<Deal>(b =>
        {
            // Funnel: GROUP BY status and furthest stage over one pipeline's deals. On PostgreSQL the amount is
            // carried in the index, so the report reads the index only, never the table.
            var funnel = b.HasIndex(d => new { d.PipelineId, d.Status, d.ReachedStageOrder });
            // Manager ranking: GROUP BY owner and status, the same way; and a manager's deal list, newest first.
            var ranking = b.HasIndex(d => new { d.OwnerId, d.Status, d.PipelineId, d.CreatedAt });
            // Board columns: one stage's open cards oldest first, and the column's count, from one index.
            b.HasIndex(d => new { d.StageId, d.Status, d.PipelineId, d.CreatedAt });
            // Deals won or lost in a period (plan vs fact, velocity): by status and closing day, with owner and amount.
            var closed = b.HasIndex(d => new { d.Status, d.ClosedAt });
            // Forecast: the open deals by expected close month, weighted by their stage.
            var expected = b.HasIndex(d => new { d.Status, d.ExpectedCloseDate });
            if (postgreSql)
            {
                // The id too: deals saved before ReachedStageOrder was kept look their history up by it.
                funnel.IncludeProperties(d => new { d.Amount, d.Id });
                // The id too: the next-steps report joins each manager's open deals to their next tasks from this index alone.
                ranking.IncludeProperties(d => new { d.Amount, d.Id });
                closed.IncludeProperties(d => new { d.OwnerId, d.Amount });
                expected.IncludeProperties(d => new { d.StageId, d.OwnerId, d.PipelineId, d.Amount });
                // Reports over a period (the counters cannot answer a date range): the deals created in it,
                // read from the index alone with what the funnel and the ranking group and add up.
                // New deals by budget segment and stage, profit by channel: the stage and the source too.
                b.HasIndex(d => d.CreatedAt)
                    .IncludeProperties(d => new { d.PipelineId, d.OwnerId, d.Status, d.ReachedStageOrder, d.Amount, d.StageId, d.SourceId });
                // The global search and the list's text filter look for a part of a word ("SearchText" LIKE '%…%'):
                // without it every search reads all the deals (docs/bench-search.md).
                b.HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            }
        });
    }
}
