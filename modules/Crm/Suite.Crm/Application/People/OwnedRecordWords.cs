namespace Suite.Crm.Application.People;

/// <summary>How the refusals of <see cref="Owners.OwnerForAsync{T}"/> name a kind of record, in Russian and in English.</summary>
internal sealed record OwnedRecordWords(string RussianOne, string RussianMany, string EnglishOne, string EnglishMany)
{
    public static readonly OwnedRecordWords Companies = new("компанию", "компании", "company", "companies");
    public static readonly OwnedRecordWords Contacts = new("контакт", "контакты", "contact", "contacts");
    public static readonly OwnedRecordWords Deals = new("сделку", "сделки", "deal", "deals");
    public static readonly OwnedRecordWords Leads = new("лид", "лиды", "lead", "leads");
}
