using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Settings;

/// <summary>The company's Crm settings: one record, created with the defaults on first read.</summary>
public sealed class CrmSettings : AuditedEntity
{
    public static readonly Guid SingletonId = new("c4a00000-0000-7000-8000-000000000001");

    public CrmSettings() => Id = SingletonId;

    public SalesPlanBasis SalesPlanBasis { get; private set; }

    public void Update(SalesPlanBasis salesPlanBasis) => SalesPlanBasis = salesPlanBasis;
}
