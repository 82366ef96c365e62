namespace Suite.Crm.Domain.Duplicates;

public enum ContactPointKind
{
    Phone,
    Email,
}

/// <summary>One normalised phone or e-mail of a contact, kept in its own indexed row so a duplicate is found by one lookup.</summary>
public sealed class ContactPoint
{
    private ContactPoint()
    {
        Value = null!;
    }

    public ContactPoint(ContactPointKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public int Id { get; private set; }
    public ContactPointKind Kind { get; private set; }
    public string Value { get; private set; }
}
