using Microsoft.EntityFrameworkCore;
using Suite.Crm.Domain.Deals;

namespace Suite.Crm.Data;

internal static class DealBoardModel
{
    /// <summary>
    /// The board reads a pipeline's deals stage by stage, newest first (createdAt desc, id), and adds up each stage's
    /// count and amount: one index in that order serves both without sorting the pipeline's deals.
    /// </summary>
    internal static void ConfigureDealBoard(this ModelBuilder builder, string prefix, bool postgreSql)
    {
        var board = builder.Entity<Deal>()
            .HasIndex(d => new { d.PipelineId, d.StageId, d.CreatedAt, d.Id })
            .HasDatabaseName($"IX_{prefix}Deals_Board");
        // PostgreSQL can then total the amounts from the index alone.
        if (postgreSql)
            board.IncludeProperties(d => d.Amount);

        // Keyed by the deal's id: the board finds its cards' next steps by primary key, one query for all cards.
        builder.Entity<DealNextTask>(b =>
        {
            b.ToTable(prefix + "DealNextTasks");
            b.Property(n => n.Id).ValueGeneratedNever();
            b.Property(n => n.Title).HasMaxLength(DealNextTask.MaxTitleLength);
        });
    }
}
