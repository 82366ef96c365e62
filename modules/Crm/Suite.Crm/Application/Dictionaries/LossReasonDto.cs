using Suite.Crm.Domain.Dictionaries;

namespace Suite.Crm.Application.Dictionaries;

internal sealed record LossReasonDto(Guid Id, string Name, string ConcurrencyStamp)
{
    internal static LossReasonDto From(LossReason r) => new(r.Id, r.Name, r.ConcurrencyStamp);
}
