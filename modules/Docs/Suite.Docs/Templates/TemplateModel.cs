namespace Suite.Docs.Templates;

/// <summary>
/// The merge data a free-form document is rendered from: the card's company, contact and deal, our organisation,
/// the user who generates it, the day it is made for and the document's own number and date. Kept as a snapshot, it re-renders the same text.
/// </summary>
internal sealed record TemplateModel(
    TemplateCompany? Company,
    TemplateContact? Contact,
    TemplateDeal? Deal,
    TemplateOrganisation Organisation,
    TemplateUser User,
    DateOnly Today,
    TemplateDocument? Document = null);
