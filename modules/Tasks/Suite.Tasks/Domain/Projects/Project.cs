using Suite.Framework.Domain;

namespace Suite.Tasks.Domain.Projects;

/// <summary>
/// A piece of work bigger than a task: it groups tasks (a task carries the project's id), has an owner, members who
/// see it, and a deadline. An archived project keeps its tasks but takes no new ones.
/// </summary>
public sealed class Project : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4_000;
    public const int MembersMax = 200;

    private Project()
    {
        Name = null!;
        Members = [];
    }

    public Project(string name, string? description, Guid ownerId, DateOnly? deadline, IEnumerable<Guid> memberIds) : this()
    {
        Name = name;
        Description = description;
        OwnerId = ownerId;
        Deadline = deadline;
        SetMembers(memberIds);
    }

    public string Name { get; private set; }
    public string? Description { get; private set; }
    public Guid OwnerId { get; private set; }

    /// <summary>The company-local day the project is due by.</summary>
    public DateOnly? Deadline { get; private set; }

    public bool IsArchived { get; private set; }
    public List<ProjectMember> Members { get; private set; }

    /// <summary>Whether <paramref name="userId"/> is the owner or a member: the people who see the project without ViewAll.</summary>
    public bool Involves(Guid userId) => OwnerId == userId || Members.Any(m => m.UserId == userId);

    public void Edit(string name, string? description, Guid ownerId, DateOnly? deadline, IEnumerable<Guid> memberIds, bool isArchived)
    {
        Name = name;
        Description = description;
        OwnerId = ownerId;
        Deadline = deadline;
        IsArchived = isArchived;
        SetMembers(memberIds);
    }

    /// <summary>
    /// Makes the members exactly <paramref name="memberIds"/>: rows of those who stay are kept, so only real changes
    /// reach the change log. The owner is never a member row; they see the project as its owner.
    /// </summary>
    private void SetMembers(IEnumerable<Guid> memberIds)
    {
        var wanted = memberIds.Where(id => id != OwnerId).ToHashSet();
        Members.RemoveAll(m => !wanted.Contains(m.UserId));
        foreach (var id in wanted.Where(id => Members.All(m => m.UserId != id)))
            Members.Add(new ProjectMember(Id, id));
    }
}
