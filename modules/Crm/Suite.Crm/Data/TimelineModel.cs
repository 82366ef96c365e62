using Microsoft.EntityFrameworkCore;
using Suite.Crm.Domain.Timeline;

namespace Suite.Crm.Data;

internal static class TimelineModel
{
    internal static void ConfigureTimeline(this ModelBuilder builder, string prefix, bool postgreSql)
    {
        builder.Entity<TimelineItem>(b =>
        {
            b.ToTable(prefix + "TimelineItems");
            // Handlers set ids derived from the event they handle, so a duplicate delivery is recognised.
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.EntityType).HasMaxLength(20).IsRequired();
            b.Property(t => t.Kind).HasMaxLength(40).IsRequired();
            b.Property(t => t.Title).HasMaxLength(500);
            b.Property(t => t.Details).IsRequired();
            // A card reads its own items newest first; a company card also reads its deals' and contacts' items.
            b.HasIndex(t => new { t.EntityType, t.EntityId, t.OccurredAt }).IsDescending(false, false, true);
            b.HasIndex(t => new { t.CompanyId, t.OccurredAt }).IsDescending(false, true);
            // Calls and e-mails per manager per day: the items of a few kinds in a period, with their author.
            var activities = b.HasIndex(t => new { t.Kind, t.OccurredAt });
            if (postgreSql)
                activities.IncludeProperties(t => t.UserId);
        });
    }
}
