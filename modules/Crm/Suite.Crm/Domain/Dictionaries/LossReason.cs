namespace Suite.Crm.Domain.Dictionaries;

/// <summary>Why a deal was lost: too expensive, a competitor was chosen, the client could not be reached.</summary>
public sealed class LossReason : DictionaryEntry
{
    private LossReason()
    {
    }

    public LossReason(string name) : base(name)
    {
    }
}
