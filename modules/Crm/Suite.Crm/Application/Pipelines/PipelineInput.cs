using Suite.Crm.Domain.Pipelines;

namespace Suite.Crm.Application.Pipelines;

/// <summary>The body of creating or updating a pipeline; the stages' order is the order of the array.</summary>
internal sealed record PipelineInput
{
    public string? Name { get; init; }

    /// <summary>True makes this the default pipeline in place of the current one; the default cannot be unset, only replaced.</summary>
    public bool? IsDefault { get; init; }

    public List<StageInput>? Stages { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }

    internal IReadOnlyList<StageDraft> ToDrafts() =>
        Stages!.Select(s => new StageDraft(s.Id, s.Name!.Trim(), s.Probability ?? 0, s.Kind ?? StageKind.Open)).ToList();
}

/// <summary>A stage of a pipeline; send the id of an existing stage to keep it (and its deals), leave it out for a new one.</summary>
internal sealed record StageInput
{
    public Guid? Id { get; init; }
    public string? Name { get; init; }

    /// <summary>The chance of winning, 0–100; ignored for the won (100) and lost (0) stages.</summary>
    public int? Probability { get; init; }

    public StageKind? Kind { get; init; }
}
