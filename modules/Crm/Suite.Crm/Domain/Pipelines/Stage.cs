using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Pipelines;

/// <summary>A step of a pipeline with the chance, in percent, that a deal in it is won.</summary>
public sealed class Stage : Entity
{
    private Stage()
    {
        Name = null!;
    }

    internal Stage(Guid pipelineId, StageDraft draft, int order)
    {
        PipelineId = pipelineId;
        Name = null!;
        Apply(draft, order);
    }

    public Guid PipelineId { get; private set; }
    public string Name { get; private set; }
    public int Order { get; private set; }
    public int Probability { get; private set; }
    public StageKind Kind { get; private set; }

    internal void Apply(StageDraft draft, int order)
    {
        Name = draft.Name.Trim();
        Order = order;
        Kind = draft.Kind;
        // A won deal is certain and a lost one is not going to happen, whatever was typed.
        Probability = draft.Kind switch
        {
            StageKind.Won => 100,
            StageKind.Lost => 0,
            _ => Math.Clamp(draft.Probability, 0, 100),
        };
    }
}

/// <summary>A stage as the user describes it; a null id is a new stage.</summary>
public sealed record StageDraft(Guid? Id, string Name, int Probability, StageKind Kind);
