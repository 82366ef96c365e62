namespace Suite.Framework.Search;

/// <summary>A record the global search found: what to show in the list and where its card is in the web app.</summary>
/// <param name="Url">The web app's route of the record's card, e.g. /crm/deals/{id}.</param>
public sealed record SearchHit(string Kind, Guid Id, string Title, string? Subtitle, string Url);
