namespace Suite.Crm.Domain.Dictionaries;

/// <summary>Where a client or a deal came from: the website, a call, a referral, an exhibition.</summary>
public sealed class Source : DictionaryEntry
{
    private Source()
    {
    }

    public Source(string name) : base(name)
    {
    }
}
