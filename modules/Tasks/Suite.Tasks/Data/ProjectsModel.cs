using Microsoft.EntityFrameworkCore;
using Suite.Tasks.Domain.Projects;

namespace Suite.Tasks.Data;

internal static class ProjectsModel
{
    /// <summary>Maps projects and their members to "&lt;prefix&gt;Projects" and "&lt;prefix&gt;ProjectMembers".</summary>
    public static ModelBuilder ConfigureProjects(this ModelBuilder builder, string prefix)
    {
        builder.Entity<Project>(b =>
        {
            b.ToTable(prefix + "Projects");
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Name).HasMaxLength(Project.NameMaxLength).IsRequired();
            b.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength);
            b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(40);
            b.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(p => p.Members).AutoInclude();
            b.HasIndex(p => p.OwnerId);
            b.HasIndex(p => new { p.IsArchived, p.Name });
        });

        builder.Entity<ProjectMember>(b =>
        {
            b.ToTable(prefix + "ProjectMembers");
            b.HasKey(m => new { m.ProjectId, m.UserId });
            // "The projects I am a member of" is the visibility question of every sales user.
            b.HasIndex(m => m.UserId);
        });
        return builder;
    }
}
