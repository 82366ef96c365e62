namespace Suite.Crm.Domain.Leads;

public enum LeadStatus
{
    New,
    InWork,
    Converted,
    Junk,
}
