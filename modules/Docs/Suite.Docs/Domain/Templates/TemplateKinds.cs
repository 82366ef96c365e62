using Suite.Docs.Domain.Cards;

namespace Suite.Docs.Domain.Templates;

/// <summary>What a template makes, as the API spells it, and the cards each kind is made from.</summary>
public static class TemplateKinds
{
    public const string Invoice = "invoice";
    public const string Act = "act";
    public const string Waybill = "waybill";
    public const string Proposal = "proposal";
    public const string Contract = "contract";
    public const string Letter = "letter";

    public static readonly IReadOnlyList<string> All = [Invoice, Act, Waybill, Proposal, Contract, Letter];

    /// <summary>The prefix of a kind's number series (Д-2026-0001); an invoice prints its own number and has none.</summary>
    public static string DefaultPrefix(string kind) => kind switch
    {
        Act => "АКТ",
        Waybill => "ТН",
        Proposal => "КП",
        Contract => "Д",
        Letter => "П",
        _ => "",
    };

    /// <summary>
    /// A built-in form prints one kind of record (an act the services of an issued invoice, a waybill a shipment);
    /// formatted text and Word templates merge a Crm card's fields.
    /// </summary>
    public static IReadOnlyList<string> EntityTypes(string kind, string format) => (format, kind) switch
    {
        (TemplateFormats.Form, Invoice) => [CardTypes.Invoice],
        (TemplateFormats.Form, Act) => [CardTypes.Invoice],
        (TemplateFormats.Form, Waybill) => [CardTypes.Shipment],
        (TemplateFormats.Form, Proposal) => [CardTypes.Deal],
        _ => [CardTypes.Deal, CardTypes.Company, CardTypes.Contact, CardTypes.Lead],
    };

    /// <summary>The kinds that have a built-in form; the others are written as text or Word templates.</summary>
    public static bool HasForm(string kind) => kind is Invoice or Act or Waybill or Proposal;
}

/// <summary>How a template's body is written.</summary>
public static class TemplateFormats
{
    /// <summary>A built-in form; the body holds its texts and options as <c>key: value</c> lines.</summary>
    public const string Form = "form";

    /// <summary>A sandboxed Scriban template of formatted text (Templates/README.md).</summary>
    public const string Text = "text";

    /// <summary>An uploaded Word file with <c>{{ merge fields }}</c>; filled, it stays a Word file.</summary>
    public const string Docx = "docx";

    public static readonly IReadOnlyList<string> All = [Form, Text, Docx];
}
