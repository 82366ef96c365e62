namespace Suite.Crm.Domain.Pipelines;

/// <summary>Open stages are where work happens; every pipeline ends in exactly one won and one lost stage.</summary>
public enum StageKind
{
    Open,
    Won,
    Lost,
}
