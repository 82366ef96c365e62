namespace Suite.Tasks.Application.Projects;

/// <summary>The body of creating or updating a project.</summary>
internal sealed record ProjectInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Who leads the project; the current user when omitted.</summary>
    public Guid? OwnerId { get; init; }

    /// <summary>The company-local day the project is due by.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The people who see the project besides its owner; none when omitted.</summary>
    public List<Guid>? MemberIds { get; init; }

    /// <summary>An archived project takes no new tasks; false when omitted.</summary>
    public bool? IsArchived { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }
}
