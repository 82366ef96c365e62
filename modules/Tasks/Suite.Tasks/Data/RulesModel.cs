using Microsoft.EntityFrameworkCore;
using Suite.Tasks.Domain.Rules;

namespace Suite.Tasks.Data;

internal static class RulesModel
{
    public static void ConfigureTaskRules(this ModelBuilder builder, string prefix) =>
        builder.Entity<TaskRule>(b =>
        {
            b.ToTable(prefix + "TaskRules");
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Name).HasMaxLength(TaskRule.NameMaxLength).IsRequired();
            b.Property(r => r.TriggerEvent).HasMaxLength(100).IsRequired();
            b.Property(r => r.TitleTemplate).HasMaxLength(Domain.Tasks.WorkTask.TitleMaxLength).IsRequired();
            b.Property(r => r.DescriptionTemplate).HasMaxLength(Domain.Tasks.WorkTask.DescriptionMaxLength);
            b.Property(r => r.Priority).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.AssignTo).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.DueUnit).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.Role).HasMaxLength(100);
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(40);
            // Each event looks up the active rules of its trigger (a stage change: of its stage).
            b.HasIndex(r => new { r.TriggerEvent, r.StageId });
        });
}
