using Suite.Crm.Domain.WebForms;

namespace Suite.Crm.Application.WebForms;

/// <summary>A web form as its editor sees it; <c>submitUrl</c> is the path a website posts visitors' requests to.</summary>
internal sealed record WebFormDto(
    Guid Id,
    string Name,
    string FormKey,
    string SubmitUrl,
    Guid OwnerId,
    Guid? SourceId,
    IReadOnlyList<WebFormFieldDto> Fields,
    WebFormAssignment Assignment,
    IReadOnlyList<Guid> RoundRobinUserIds,
    bool IsActive,
    string? SuccessMessage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ModifiedAt,
    string ConcurrencyStamp)
{
    /// <summary>The owner's full name from Crm's copy of people; null until the copy knows the user.</summary>
    public string? OwnerName { get; init; }

    internal static string SubmitPath(string formKey) => $"/api/crm/web-forms/{formKey}/submit";

    internal static WebFormDto From(WebForm f) => new(
        f.Id, f.Name, f.FormKey, SubmitPath(f.FormKey), f.OwnerId, f.SourceId,
        f.Fields.Select(x => new WebFormFieldDto(x.Name, x.Shown, x.Required)).ToList(),
        f.Assignment, f.RoundRobinUserIds, f.IsActive, f.SuccessMessage, f.CreatedAt, f.ModifiedAt, f.ConcurrencyStamp);
}

/// <summary>One field of a web form: name, phone, email, companyName or comment; whether it is shown and required.</summary>
internal sealed record WebFormFieldDto(string Name, bool Shown, bool Required);

/// <summary>The answer to a visitor: the form's thank-you text.</summary>
internal sealed record WebFormSubmitResultDto(string Message);
