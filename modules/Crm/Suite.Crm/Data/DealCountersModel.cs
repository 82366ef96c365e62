using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Suite.Crm.Domain.Deals;

namespace Suite.Crm.Data;

internal static class DealCountersModel
{
    /// <summary>The deal counters: one row per pipeline, stage, owner, status and furthest stage; no foreign keys, so a
    /// counter never stops a stage or a person from being removed (its count is then zero).</summary>
    internal static void ConfigureDealCounters(this ModelBuilder builder, string prefix, bool postgreSql, ValueConverter<decimal, long> kopecks)
    {
        builder.Entity<DealCounter>(b =>
        {
            b.ToTable(prefix + "DealCounters");
            b.HasKey(c => new { c.PipelineId, c.StageId, c.OwnerId, c.Status, c.ReachedStageOrder });
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(c => c.Amount).HasPrecision(18, 2);
            // The same kopecks as the deals' amounts on SQLite, so the deltas and the recount add up exactly.
            if (!postgreSql)
                b.Property(c => c.Amount).HasConversion(kopecks);
            // The ranking reads the counters by owner across pipelines.
            b.HasIndex(c => c.OwnerId);
        });
    }
}
