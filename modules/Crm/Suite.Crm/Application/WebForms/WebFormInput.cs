using Suite.Crm.Application.Leads;
using Suite.Crm.Domain.WebForms;

namespace Suite.Crm.Application.WebForms;

/// <summary>The body of creating or updating a web form.</summary>
internal sealed record WebFormInput
{
    public string? Name { get; init; }

    /// <summary>Who owns the form's leads (with owner assignment); null means the current user.</summary>
    public Guid? OwnerId { get; init; }

    /// <summary>The source the form's leads are tagged with.</summary>
    public Guid? SourceId { get; init; }

    /// <summary>Which of name, phone, email, companyName and comment the form shows and requires; missing ones are hidden.</summary>
    public List<WebFormFieldInput>? Fields { get; init; }

    /// <summary>owner (the default) or roundRobin among <see cref="RoundRobinUserIds"/>.</summary>
    public WebFormAssignment? Assignment { get; init; }

    public List<Guid>? RoundRobinUserIds { get; init; }

    /// <summary>An inactive form answers 404 to submissions; true when omitted.</summary>
    public bool? IsActive { get; init; }

    public string? SuccessMessage { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }

    internal WebFormDetails ToDetails() => new(
        Name!.Trim(),
        SourceId,
        Fields is null ? WebFormField.Defaults : Fields.Select(f => new WebFormField(f.Name!, f.Shown ?? true, f.Required ?? false)).ToList(),
        Assignment ?? WebFormAssignment.Owner,
        RoundRobinUserIds ?? [],
        IsActive ?? true,
        LeadInput.Clean(SuccessMessage));
}

internal sealed record WebFormFieldInput
{
    public string? Name { get; init; }
    public bool? Shown { get; init; }
    public bool? Required { get; init; }
}

/// <summary>What a visitor sends. <c>website</c> is a honeypot: people never see it, robots fill it in.</summary>
internal sealed record WebFormSubmission
{
    public string? Name { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? CompanyName { get; init; }
    public string? Comment { get; init; }

    /// <summary>Hidden from people; a submission that fills it in is answered as accepted and thrown away.</summary>
    public string? Website { get; init; }
}
