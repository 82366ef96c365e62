using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Deals;

/// <summary>
/// Finance's own copy of a Crm deal, under the same id, kept current from Crm's events (and once from its backfill).
/// An invoice is drafted from its lines; a sales manager invoices only the deals they own.
/// </summary>
public sealed class Deal : Entity, IOwnedRecord
{
    public static string ViewAllPermission => FinancePermissions.Invoices.ViewAll;

    private readonly List<DealLine> _lines = [];

    private Deal()
    {
        Title = null!;
        SearchText = null!;
        Status = null!;
    }

    public Deal(Guid dealId)
    {
        Id = dealId;
        Title = null!;
        SearchText = null!;
        Status = DealStatuses.Open;
    }

    public string Title { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid OwnerId { get; private set; }

    /// <summary>"open", "won" or "lost", as Crm's events spell it.</summary>
    public string Status { get; private set; }

    public bool IsDeleted { get; private set; }

    /// <summary>When Crm made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The title in lower case, so pickers match Cyrillic the same way on every database.</summary>
    public string SearchText { get; private set; }

    public IReadOnlyList<DealLine> Lines => _lines;

    /// <param name="lines">The deal's lines; null (an event from before deals carried lines) keeps those already copied.</param>
    /// <returns>False when the copy already reflects a newer change.</returns>
    public bool Apply(string title, Guid companyId, Guid ownerId, string status, IEnumerable<DealLine>? lines, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return false;
        Title = title;
        SearchText = title.ToLowerInvariant();
        CompanyId = companyId;
        OwnerId = ownerId;
        Status = status;
        ChangedAt = changedAt;
        if (lines is not null)
        {
            _lines.Clear();
            _lines.AddRange(lines);
        }

        return true;
    }

    /// <summary>A win or a loss: the events carry no title or lines, so only what they say changes.</summary>
    public void Close(string status, Guid ownerId, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        Status = status;
        OwnerId = ownerId;
        ChangedAt = changedAt;
    }

    /// <summary>The company was merged into another; Crm moved the deal without an event of its own.</summary>
    public void MoveToCompany(Guid companyId) => CompanyId = companyId;

    public void MarkDeleted(DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        IsDeleted = true;
        ChangedAt = changedAt;
    }
}

/// <summary>The deal statuses as Crm's events spell them.</summary>
public static class DealStatuses
{
    public const string Open = "open";
    public const string Won = "won";
    public const string Lost = "lost";
}
