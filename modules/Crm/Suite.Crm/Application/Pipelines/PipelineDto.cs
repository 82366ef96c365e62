using Suite.Crm.Domain.Pipelines;

namespace Suite.Crm.Application.Pipelines;

internal sealed record PipelineDto(Guid Id, string Name, bool IsDefault, IReadOnlyList<StageDto> Stages, string ConcurrencyStamp)
{
    internal static PipelineDto From(Pipeline p) =>
        new(p.Id, p.Name, p.IsDefault, p.OrderedStages.Select(StageDto.From).ToList(), p.ConcurrencyStamp);
}

internal sealed record StageDto(Guid Id, string Name, int Order, int Probability, StageKind Kind)
{
    internal static StageDto From(Stage s) => new(s.Id, s.Name, s.Order, s.Probability, s.Kind);
}
