using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Suite.Framework.People;
using Suite.Tasks.Domain.NextStep;
using Suite.Tasks.Application.NextStep;
using Suite.Tasks.Domain.Cards;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Data;

public static class TasksModelBuilderExtensions
{
    public static void ConfigureTasks(this ModelBuilder builder)
    {
        var prefix = TasksDbProperties.Database.TablePrefix;
        builder.ConfigurePeopleCopies(prefix);
        builder.ConfigureProjects(prefix);
        builder.ConfigureTaskRules(prefix);

        builder.Entity<WorkTask>(b =>
        {
            b.ToTable(prefix + "Tasks");
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Title).HasMaxLength(WorkTask.TitleMaxLength).IsRequired();
            b.Property(t => t.Description).HasMaxLength(WorkTask.DescriptionMaxLength);
            b.Property(t => t.Result).HasMaxLength(WorkTask.ResultMaxLength);
            b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.Priority).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.EntityType).HasMaxLength(20);
            b.Property(t => t.Recurrence).HasMaxLength(200);
            b.Property(t => t.SourceKey).HasMaxLength(200);
            b.Property(t => t.SearchText).HasMaxLength(WorkTask.TitleMaxLength).IsRequired();
            b.Property(t => t.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(40);
            b.Property(t => t.Checklist).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<ChecklistItem>>(v, (JsonSerializerOptions?)null) ?? new List<ChecklistItem>(),
                new ValueComparer<List<ChecklistItem>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, HashCode.Combine), v => v.ToList()));
            b.Ignore(t => t.Card);
            b.Ignore(t => t.IsOpen);
            b.Ignore(t => t.DoneOnTime);
            // "My tasks" and the calendar: one assignee's tasks by status and due time.
            b.HasIndex(t => new { t.AssigneeId, t.Status, t.DueAt });
            // The overdue scan reads open tasks whose due time passed and whose event has not gone out.
            b.HasIndex(t => new { t.Status, t.OverduePublished, t.DueAt });
            b.HasIndex(t => new { t.EntityType, t.EntityId });
            b.HasIndex(t => t.ProjectId);
            b.HasIndex(t => t.CreatedBy);
            b.HasIndex(t => t.CompletedAt);
            // A recurring series' later occurrences: whether the next one is already made.
            b.HasIndex(t => new { t.SeriesId, t.DueAt });
            // The recurrence watch reads recurring tasks only; the same filter text on both providers.
            b.HasIndex(t => t.DueAt).HasFilter("\"Recurrence\" IS NOT NULL").HasDatabaseName("IX_TasksTasks_Recurring_DueAt");
            // The last guard against a replayed event or a second host making the same task twice.
            b.HasIndex(t => t.SourceKey).IsUnique();
        });

        builder.Entity<TaskParticipant>(b =>
        {
            b.ToTable(prefix + "TaskParticipants");
            b.HasKey(p => new { p.TaskId, p.UserId, p.Role });
            b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(p => p.UserId);
        });

        builder.Entity<TaskComment>(b =>
        {
            b.ToTable(prefix + "TaskComments");
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Text).HasMaxLength(10_000).IsRequired();
            b.HasIndex(c => new { c.TaskId, c.CreatedAt });
        });

        builder.Entity<DealNextTask>(b =>
        {
            b.ToTable(prefix + "DealNextTasks");
            b.HasKey(d => d.DealId);
            b.Property(d => d.DealId).ValueGeneratedNever();
            // Two saves that both moved the deal's next step cannot publish the same version.
            b.Property(d => d.Version).IsConcurrencyToken();
        });

        builder.Entity<Card>(b =>
        {
            b.ToTable(prefix + "Cards");
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.EntityType).HasMaxLength(20).IsRequired();
            b.Property(c => c.Title).HasMaxLength(500).IsRequired();
            b.Property(c => c.Amount).HasPrecision(18, 2);
            b.HasIndex(c => new { c.EntityType, c.OwnerId });
            b.HasIndex(c => new { c.IsOpenDeal, c.OwnerId });
        });

        builder.Entity<NextStepCheck>(b =>
        {
            b.ToTable(prefix + "NextStepChecks");
            // The day is the key: the second host to check a day fails here, and its events with it.
            b.HasKey(c => c.Day);
        });
    }
}
