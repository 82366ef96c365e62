using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Dictionaries;

/// <summary>A named entry of a short list users pick from; the name is unique regardless of case.</summary>
public abstract class DictionaryEntry : AuditedEntity
{
    protected DictionaryEntry()
    {
        Name = null!;
        NormalizedName = null!;
    }

    protected DictionaryEntry(string name)
    {
        Name = null!;
        NormalizedName = null!;
        Rename(name);
    }

    public string Name { get; private set; }

    /// <summary>The name in lower case: what uniqueness is checked on, the same way on every database.</summary>
    public string NormalizedName { get; private set; }

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = Normalize(Name);
    }

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
