namespace Suite.Crm.Domain.Deals;

public enum DealStatus
{
    Open,
    Won,
    Lost,
}
