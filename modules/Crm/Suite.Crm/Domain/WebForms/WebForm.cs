using System.Buffers.Text;
using System.Security.Cryptography;
using Suite.Framework.Domain;

namespace Suite.Crm.Domain.WebForms;

/// <summary>
/// A form a website embeds: visitors' submissions become leads with the form's source, owned by the form's
/// owner or by each of the chosen users in turn. The form is addressed by an unguessable key, not by its id.
/// </summary>
public sealed class WebForm : AuditedEntity
{
    private WebForm()
    {
        Name = null!;
        FormKey = null!;
    }

    public WebForm(WebFormDetails details, Guid ownerId)
    {
        Name = null!;
        FormKey = NewKey();
        OwnerId = ownerId;
        Apply(details);
    }

    public string Name { get; private set; }

    /// <summary>128 random bits, URL-safe: the only thing a website needs to submit to the form.</summary>
    public string FormKey { get; private set; }

    public Guid OwnerId { get; private set; }
    public Guid? SourceId { get; private set; }
    public List<WebFormField> Fields { get; private set; } = [];
    public WebFormAssignment Assignment { get; private set; }
    public List<Guid> RoundRobinUserIds { get; private set; } = [];

    /// <summary>How many leads round-robin has handed out; the next one goes to the user at this count modulo the list.</summary>
    public long RoundRobinPosition { get; private set; }

    public bool IsActive { get; private set; }
    public string? SuccessMessage { get; private set; }

    public void Update(WebFormDetails details, Guid ownerId)
    {
        OwnerId = ownerId;
        Apply(details);
    }

    /// <summary>The owner of the lead that arrives when round-robin stands at <paramref name="position"/>.</summary>
    public Guid OwnerAt(long position) =>
        Assignment == WebFormAssignment.RoundRobin && RoundRobinUserIds.Count > 0
            ? RoundRobinUserIds[(int)(position % RoundRobinUserIds.Count)]
            : OwnerId;

    public bool UsesRoundRobin => Assignment == WebFormAssignment.RoundRobin && RoundRobinUserIds.Count > 0;

    public WebFormField Field(string name) =>
        Fields.FirstOrDefault(f => f.Name == name) ?? new WebFormField(name, false, false);

    private static string NewKey() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private void Apply(WebFormDetails details)
    {
        Name = details.Name;
        SourceId = details.SourceId;
        Fields = WebFormField.All.Select(n => details.Fields.FirstOrDefault(f => f.Name == n) is { } f
            ? f with { Shown = f.Shown || f.Required }
            : new WebFormField(n, false, false)).ToList();
        Assignment = details.Assignment;
        RoundRobinUserIds = details.RoundRobinUserIds.Distinct().ToList();
        IsActive = details.IsActive;
        SuccessMessage = details.SuccessMessage;
    }
}

/// <summary>The editable fields of a web form, already trimmed and validated.</summary>
public sealed record WebFormDetails(
    string Name,
    Guid? SourceId,
    IReadOnlyList<WebFormField> Fields,
    WebFormAssignment Assignment,
    IReadOnlyList<Guid> RoundRobinUserIds,
    bool IsActive,
    string? SuccessMessage);
