using Microsoft.AspNetCore.Mvc;

namespace Suite.Crm.Application.Duplicates;

/// <summary>
/// An existing card that matches what the user is entering. Someone else's card is only reported as existing
/// (visible false, no id or name), so the user knows to ask rather than enter the client twice.
/// </summary>
internal sealed record DuplicateDto(Guid? Id, string Kind, string? Name, IReadOnlyList<string> MatchedBy, bool Visible)
{
    internal static DuplicateDto From(DuplicateMatch m) =>
        m.Visible ? new(m.Id, m.Kind, m.Name, m.MatchedBy, true) : new(null, m.Kind, null, m.MatchedBy, false);
}

internal sealed record DuplicateListDto(IReadOnlyList<DuplicateDto> Items);

/// <summary>The duplicates query: any of a tax id, phones and e-mails; excludeId is the card being edited.</summary>
internal sealed class DuplicateRequest
{
    [FromQuery(Name = "taxId")] public string? TaxId { get; set; }
    [FromQuery(Name = "phone")] public string[]? Phone { get; set; }
    [FromQuery(Name = "email")] public string[]? Email { get; set; }
    [FromQuery(Name = "excludeId")] public Guid? ExcludeId { get; set; }

    /// <summary>company or contact to look only among those cards; both when absent.</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
}
