using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Domain.Leads;

/// <summary>
/// A request from someone who may become a client: typed in by a manager or sent from a web form. It is worked
/// on, then either converted into a company, a contact and a deal, or put aside as junk with a reason.
/// </summary>
public sealed class Lead : AuditedEntity, IOwnedRecord
{
    public static string ViewAllPermission => CrmPermissions.Leads.ViewAll;

    private Lead()
    {
        Title = null!;
        SearchText = null!;
    }

    public Lead(LeadDetails details, Guid ownerId, Guid? webFormId = null)
    {
        Title = null!;
        SearchText = null!;
        OwnerId = ownerId;
        WebFormId = webFormId;
        Status = LeadStatus.New;
        Apply(details);
    }

    public string Title { get; private set; }
    public string? Name { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? CompanyName { get; private set; }
    public string? TaxId { get; private set; }
    public string? Comment { get; private set; }
    public Guid? SourceId { get; private set; }
    public LeadStatus Status { get; private set; }
    public Guid OwnerId { get; private set; }
    public string? JunkReason { get; private set; }

    /// <summary>The web form the lead came from; null for a lead entered by hand.</summary>
    public Guid? WebFormId { get; private set; }

    public Guid? CompanyId { get; private set; }
    public Guid? ContactId { get; private set; }
    public Guid? DealId { get; private set; }
    public DateTimeOffset? ConvertedAt { get; private set; }

    /// <summary>Title, name, company, phone and e-mail in lower case, so search matches the same way on every database.</summary>
    public string SearchText { get; private set; }

    public bool IsConverted => Status == LeadStatus.Converted;

    public void Update(LeadDetails details)
    {
        EnsureNotConverted();
        Apply(details);
    }

    /// <summary>Moves the lead between new and in work; a junk lead taken back loses its reason.</summary>
    public void SetStatus(LeadStatus status)
    {
        EnsureNotConverted();
        if (status is not (LeadStatus.New or LeadStatus.InWork))
            throw new ArgumentOutOfRangeException(nameof(status), status, "Use MarkJunk or Convert.");
        Status = status;
        JunkReason = null;
    }

    public void TransferTo(Guid ownerId)
    {
        EnsureNotConverted();
        OwnerId = ownerId;
    }

    public void MarkJunk(string reason)
    {
        EnsureNotConverted();
        Status = LeadStatus.Junk;
        JunkReason = reason;
    }

    public void Convert(Guid companyId, Guid? contactId, Guid dealId, DateTimeOffset now)
    {
        EnsureNotConverted();
        Status = LeadStatus.Converted;
        JunkReason = null;
        CompanyId = companyId;
        ContactId = contactId;
        DealId = dealId;
        ConvertedAt = now;
    }

    public void EnsureNotConverted()
    {
        if (IsConverted)
            throw new BusinessRuleException(LeadErrors.AlreadyConverted, Text.Pick(
                "Лид уже преобразован в клиента и сделку; работайте с ними.",
                "The lead has already been converted into a client and a deal; work with those."));
    }

    /// <summary>The person's name, phone, e-mail and the comment go (a 152-FZ request); a title made of them too.</summary>
    public void ErasePersonalData(string caption)
    {
        var personal = new[] { Name, Phone, Email }.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (personal.Any(v => Title.Contains(v!, StringComparison.OrdinalIgnoreCase)))
            Title = caption;
        Name = null;
        Phone = null;
        Email = null;
        Comment = null;
        SearchText = string.Join(' ', new[] { Title, CompanyName, TaxId }.Where(v => v is not null)).ToLowerInvariant();
    }

    private void Apply(LeadDetails details)
    {
        Name = details.Name;
        Phone = details.Phone;
        Email = details.Email;
        CompanyName = details.CompanyName;
        TaxId = details.TaxId;
        Comment = details.Comment;
        SourceId = details.SourceId;
        Title = details.Title ?? Name ?? CompanyName ?? Phone ?? Email ?? "—";
        SearchText = string.Join(' ', new[] { Title, Name, CompanyName, Phone, Email, TaxId }.Where(v => v is not null)).ToLowerInvariant();
    }
}

/// <summary>The editable fields of a lead, already trimmed and validated; a null title is made from the name.</summary>
public sealed record LeadDetails(
    string? Title,
    string? Name,
    string? Phone,
    string? Email,
    string? CompanyName,
    string? TaxId,
    string? Comment,
    Guid? SourceId);
