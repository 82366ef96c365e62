using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.Companies;
using Suite.Crm.Application.Contacts;
using Suite.Crm.Application.Duplicates;
using Suite.Crm.Application.Deals;
using Suite.Crm.Application.People;
using Suite.Crm.Data;
using Suite.Crm.Domain.Duplicates;
using Suite.Crm.Domain.Leads;
using Suite.Crm.Events;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Leads;

/// <summary>
/// Leads with the owner record rule of companies: without <see cref="CrmPermissions.Leads.ViewAll"/> a user sees
/// only the leads they own, and anyone else's is "not found". Converting one creates the client, its contact
/// and the deal through the company, contact and deal services, in one transaction.
/// </summary>
internal sealed class LeadService(
    CrmDbContext db, Owners owners, ICurrentUser user, TimeProvider clock, CompanyService companies, ContactService contacts, DealService deals,
    DuplicateFinder duplicates)
{
    internal static readonly SortMap<Lead> Sorting = new SortMap<Lead>("createdAt desc")
        .Add("title", l => l.Title)
        .Add("name", l => l.Name)
        .Add("companyName", l => l.CompanyName)
        .Add("status", l => l.Status)
        .Add("createdAt", l => l.CreatedAt);

    private IQueryable<Lead> Visible => db.Leads.VisibleTo(user);

    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<PagedResult<LeadDto>> ListAsync(LeadListRequest request, CancellationToken cancellationToken) =>
        await db.People.WithNamesAsync(await Filtered(request).ToPageAsync(request, Sorting, LeadDto.From, cancellationToken),
            d => d.OwnerId, (d, name) => d with { OwnerName = name }, cancellationToken);

    /// <summary>The leads the list shows for these filters, unsorted and unpaged: the list and its export share it.</summary>
    public IQueryable<Lead> Filtered(LeadListRequest request)
    {
        var query = Visible.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(l => l.SearchText.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            LeadStatus status = request.Status.Trim() switch
            {
                "new" => LeadStatus.New,
                "inWork" => LeadStatus.InWork,
                "converted" => LeadStatus.Converted,
                "junk" => LeadStatus.Junk,
                _ => throw InputValidationException.For("status", Text.Pick(
                    "Статус — new, inWork, converted или junk.", "The status is new, inWork, converted or junk.")),
            };
            query = query.Where(l => l.Status == status);
        }

        if (request.OwnerId is { } ownerId)
            query = query.Where(l => l.OwnerId == ownerId);
        if (request.SourceId is { } sourceId)
            query = query.Where(l => l.SourceId == sourceId);
        if (request.WebFormId is { } webFormId)
            query = query.Where(l => l.WebFormId == webFormId);
        return query;
    }

    public async Task<LeadDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await NamedAsync(await FindAsync(id, cancellationToken), cancellationToken);

    public async Task<LeadDto> CreateAsync(LeadInput input, CancellationToken cancellationToken)
    {
        var details = input.ToDetails();
        var owner = await owners.OwnerForAsync<Lead>(input.OwnerId, OwnedRecordWords.Leads, cancellationToken);
        await CheckSourceAsync(details.SourceId, cancellationToken);

        var lead = new Lead(details, owner);
        if (input.Status is { } status && status != LeadStatus.New)
            lead.SetStatus(status);
        db.Leads.Add(lead);
        db.Publish(Created(lead, user.Id, Now));
        await db.SaveChangesAsync(cancellationToken);
        CrmMetrics.LeadReceived("manual");
        return await NamedAsync(lead, cancellationToken);
    }

    public async Task<LeadDto> UpdateAsync(Guid id, LeadInput input, CancellationToken cancellationToken)
    {
        var lead = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(lead, input.ConcurrencyStamp);
        var details = input.ToDetails();
        await CheckSourceAsync(details.SourceId, cancellationToken);

        lead.Update(details);
        if (input.Status is { } status && status != lead.Status)
            lead.SetStatus(status);
        if (input.OwnerId is { } ownerId && ownerId != lead.OwnerId)
            lead.TransferTo(await owners.OwnerForAsync<Lead>(ownerId, OwnedRecordWords.Leads, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(lead, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var lead = await FindAsync(id, cancellationToken);
        db.Leads.Remove(lead);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<LeadDto> MarkJunkAsync(Guid id, JunkLeadInput input, CancellationToken cancellationToken)
    {
        var lead = await FindAsync(id, cancellationToken);
        lead.MarkJunk(input.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(lead, cancellationToken);
    }

    public async Task<LeadConversionPreviewDto> PreviewConversionAsync(Guid id, CancellationToken cancellationToken)
    {
        var lead = await FindAsync(id, cancellationToken);
        var match = await MatchCompanyAsync(lead, cancellationToken);
        return match is null
            ? new LeadConversionPreviewDto(null, null, null, false)
            : match.OwnedByAnother
                ? new LeadConversionPreviewDto(null, null, match.By, true) // the user may not see the other manager's card
                : new LeadConversionPreviewDto(match.Id, match.Name, match.By, false);
    }

    public async Task<LeadConversionDto> ConvertAsync(Guid id, ConvertLeadInput input, CancellationToken cancellationToken)
    {
        var lead = await FindAsync(id, cancellationToken);
        lead.EnsureNotConverted();

        // The company and the deal services save as they go; the transaction makes the whole conversion one step.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var match = await MatchCompanyAsync(lead, cancellationToken);
        if (match is { OwnedByAnother: true })
            throw new BusinessRuleException(LeadErrors.ClientOfAnotherOwner, Text.Pick(
                "Такой клиент (по ИНН, e-mail или телефону) уже есть у другого менеджера. Попросите руководителя передать вам клиента или лид.",
                "This client (by tax id, e-mail or phone) already belongs to another manager. Ask a director to hand over the client or the lead."));

        var companyId = match?.Id ?? (await companies.CreateAsync(new CompanyInput
        {
            Name = lead.CompanyName ?? lead.Name ?? lead.Title,
            TaxId = lead.TaxId,
            Phone = lead.Phone,
            Email = lead.Email,
            SourceId = lead.SourceId,
            OwnerId = lead.OwnerId,
        }, cancellationToken)).Id;

        var contactId = await ContactOfAsync(lead, companyId, cancellationToken);

        var deal = await deals.CreateAsync(new DealInput
        {
            Title = string.IsNullOrWhiteSpace(input.DealTitle) ? lead.Title : input.DealTitle.Trim(),
            CompanyId = companyId,
            ContactId = contactId,
            PipelineId = input.PipelineId,
            Amount = input.Amount,
            OwnerId = lead.OwnerId,
            SourceId = lead.SourceId,
        }, cancellationToken);

        lead.Convert(companyId, contactId, deal.Id, Now);
        db.Publish(new LeadConvertedEto(lead.Id, companyId, contactId, deal.Id, lead.OwnerId, user.Id, Now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LeadConversionDto(companyId, contactId, deal.Id, match is not null);
    }

    /// <summary>
    /// The person of the lead at the company: an existing contact of that company with the same phone or e-mail,
    /// or a new one named as the lead's person (or by their e-mail or phone when the lead has no name).
    /// </summary>
    private async Task<Guid> ContactOfAsync(Lead lead, Guid companyId, CancellationToken cancellationToken)
    {
        var phone = ContactKeys.Phone(lead.Phone);
        var email = ContactKeys.Email(lead.Email);
        if (phone is not null || email is not null)
        {
            var existing = await db.Contacts.VisibleTo(user).AsNoTracking()
                .Where(c => c.CompanyId == companyId)
                .Where(c => c.ContactPoints.Any(p => (p.Kind == ContactPointKind.Phone && p.Value == phone)
                                                     || (p.Kind == ContactPointKind.Email && p.Value == email)))
                .Select(c => (Guid?)c.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is { } id)
                return id;
        }

        var names = (lead.Name ?? lead.Email ?? lead.Phone ?? Text.Pick("Контакт", "Contact")).Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var contact = await contacts.CreateAsync(new ContactInput
        {
            FirstName = names[0],
            LastName = names.Length > 1 ? names[1] : null,
            CompanyId = companyId,
            Phones = lead.Phone is null ? [] : [lead.Phone],
            Emails = lead.Email is null ? [] : [lead.Email],
            OwnerId = lead.OwnerId,
        }, cancellationToken);
        return contact.Id;
    }

    internal static LeadCreatedEto Created(Lead lead, Guid? changedBy, DateTimeOffset now) => new(
        lead.Id, lead.Title, lead.Name, lead.Phone, lead.Email, lead.CompanyName, lead.SourceId, lead.WebFormId, lead.OwnerId, changedBy, now);

    private sealed record CompanyMatch(Guid Id, string Name, string By, bool OwnedByAnother);

    /// <summary>
    /// The existing company the lead is, by the duplicate rules (<see cref="DuplicateFinder"/>): the same tax id,
    /// e-mail or phone among every owner's companies, so a client is never entered twice. The strongest rule that
    /// finds anything decides (a tax id match is not overruled by a phone match elsewhere); within it a company
    /// the user sees, then one of the lead's owner, then the oldest.
    /// </summary>
    private async Task<CompanyMatch?> MatchCompanyAsync(Lead lead, CancellationToken cancellationToken)
    {
        var matches = await duplicates.FindAsync(new DuplicateQuery(
            lead.TaxId,
            lead.Phone is null ? [] : [lead.Phone],
            lead.Email is null ? [] : [lead.Email],
            Contacts: false), cancellationToken);
        foreach (var rule in new[] { DuplicateRules.TaxId, DuplicateRules.Email, DuplicateRules.Phone })
        {
            var best = matches.Where(m => m.Kind == DuplicateKinds.Company && m.MatchedBy.Contains(rule))
                .OrderByDescending(m => m.Visible)
                .ThenByDescending(m => m.OwnerId == lead.OwnerId)
                .FirstOrDefault();
            if (best is not null)
                return new CompanyMatch(best.Id, best.Name, rule, !best.Visible);
        }

        return null;
    }

    private async Task CheckSourceAsync(Guid? sourceId, CancellationToken cancellationToken)
    {
        if (sourceId is { } id && !await db.Sources.AnyAsync(s => s.Id == id, cancellationToken))
            throw InputValidationException.For("sourceId", Text.Pick("Такого источника нет.", "There is no such source."));
    }

    private async Task<Lead> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Visible.SingleOrDefaultAsync(l => l.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Lead", id);

    private async Task<LeadDto> NamedAsync(Lead lead, CancellationToken cancellationToken) =>
        LeadDto.From(lead) with { OwnerName = await db.People.NameOfAsync(lead.OwnerId, cancellationToken) };

}
