using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Domain.Contacts;
using Suite.Crm.Domain.Duplicates;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Duplicates;

/// <summary>What to look for: a tax id, phones and e-mails as the user typed them.</summary>
internal sealed record DuplicateQuery(
    string? TaxId,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    Guid? ExcludeId = null,
    bool Companies = true,
    bool Contacts = true);

internal static class DuplicateKinds
{
    public const string Company = "company";
    public const string Contact = "contact";
}

internal static class DuplicateRules
{
    public const string TaxId = "taxId";
    public const string Phone = "phone";
    public const string Email = "email";
}

/// <summary>An existing card that matches, by which rules, and whether the current user may see it.</summary>
internal sealed record DuplicateMatch(Guid Id, string Kind, string Name, IReadOnlyList<string> MatchedBy, bool Visible, Guid OwnerId);

/// <summary>
/// The one place that decides whether a card already exists: the same tax id, the same normalised phone
/// (<see cref="ContactKeys.Phone"/>) or the same e-mail, across every owner's cards, so two managers do not
/// enter the same client twice. The company form, lead conversion and import all ask it.
/// </summary>
internal sealed class DuplicateFinder(CrmDbContext db, ICurrentUser user)
{
    private const int Limit = 20;

    public async Task<IReadOnlyList<DuplicateMatch>> FindAsync(DuplicateQuery query, CancellationToken cancellationToken)
    {
        var taxId = string.IsNullOrWhiteSpace(query.TaxId) ? null : query.TaxId.Trim();
        var phones = query.Phones.Select(ContactKeys.Phone).OfType<string>().Distinct().ToList();
        var emails = query.Emails.Select(ContactKeys.Email).OfType<string>().Distinct().ToList();
        var matches = new List<DuplicateMatch>();
        if (taxId is null && phones.Count == 0 && emails.Count == 0)
            return matches;

        if (query.Companies)
        {
            var companies = await db.Companies.AsNoTracking()
                .Where(c => c.Id != query.ExcludeId
                            && ((taxId != null && c.TaxId == taxId)
                                || (c.NormalizedPhone != null && phones.Contains(c.NormalizedPhone))
                                || (c.NormalizedEmail != null && emails.Contains(c.NormalizedEmail))))
                .OrderBy(c => c.CreatedAt)
                .Take(Limit)
                .Select(c => new { c.Id, c.Name, c.TaxId, c.NormalizedPhone, c.NormalizedEmail, c.OwnerId })
                .ToListAsync(cancellationToken);
            matches.AddRange(companies.Select(c => new DuplicateMatch(c.Id, DuplicateKinds.Company, c.Name,
                Rules(taxId != null && c.TaxId == taxId, c.NormalizedPhone != null && phones.Contains(c.NormalizedPhone),
                    c.NormalizedEmail != null && emails.Contains(c.NormalizedEmail)),
                user.Sees<Company>(c.OwnerId), c.OwnerId)));
        }

        if (query.Contacts && (phones.Count > 0 || emails.Count > 0))
        {
            var contacts = await db.Contacts.AsNoTracking()
                .Where(c => c.Id != query.ExcludeId && c.ContactPoints.Any(p =>
                    (p.Kind == ContactPointKind.Phone && phones.Contains(p.Value)) || (p.Kind == ContactPointKind.Email && emails.Contains(p.Value))))
                .OrderBy(c => c.CreatedAt)
                .Take(Limit)
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.OwnerId, Points = c.ContactPoints.Select(p => new { p.Kind, p.Value }).ToList() })
                .ToListAsync(cancellationToken);
            matches.AddRange(contacts.Select(c => new DuplicateMatch(c.Id, DuplicateKinds.Contact,
                c.LastName is null ? c.FirstName : $"{c.FirstName} {c.LastName}",
                Rules(false, c.Points.Any(p => p.Kind == ContactPointKind.Phone && phones.Contains(p.Value)),
                    c.Points.Any(p => p.Kind == ContactPointKind.Email && emails.Contains(p.Value))),
                user.Sees<Contact>(c.OwnerId), c.OwnerId)));
        }

        return matches;
    }

    private static List<string> Rules(bool taxId, bool phone, bool email)
    {
        var rules = new List<string>();
        if (taxId)
            rules.Add(DuplicateRules.TaxId);
        if (phone)
            rules.Add(DuplicateRules.Phone);
        if (email)
            rules.Add(DuplicateRules.Email);
        return rules;
    }
}
