namespace Suite.Crm.Domain.WebForms;

/// <summary>One of the fields a visitor may fill in: whether the form shows it and whether it must be filled.</summary>
public sealed record WebFormField(string Name, bool Shown, bool Required)
{
    public const string NameField = "name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string CompanyName = "companyName";
    public const string Comment = "comment";

    /// <summary>Every field a web form can have, in the order a form shows them.</summary>
    public static readonly IReadOnlyList<string> All = [NameField, Phone, Email, CompanyName, Comment];

    public static IReadOnlyList<WebFormField> Defaults =>
    [
        new(NameField, true, true),
        new(Phone, true, false),
        new(Email, true, false),
        new(CompanyName, false, false),
        new(Comment, true, false),
    ];
}
