using Suite.Crm.Domain.Dictionaries;

namespace Suite.Crm.Application.Dictionaries;

internal sealed record SourceDto(Guid Id, string Name, string ConcurrencyStamp)
{
    internal static SourceDto From(Source s) => new(s.Id, s.Name, s.ConcurrencyStamp);
}
