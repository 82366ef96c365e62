namespace Suite.Crm.Domain.Leads;

/// <summary>The stable codes of the 409 answers about leads.</summary>
public static class LeadErrors
{
    public const string AlreadyConverted = "Crm.Lead.AlreadyConverted";
    public const string ClientOfAnotherOwner = "Crm.Lead.ClientOfAnotherOwner";
}
