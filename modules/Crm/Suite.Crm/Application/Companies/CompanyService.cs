using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.CustomFields;
using Suite.Crm.Application.People;
using Suite.Crm.Data;
using Suite.Crm.Domain.CustomFields;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Events;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Companies;

/// <summary>
/// Company cards with the owner record rule: without <see cref="CrmPermissions.Companies.ViewAll"/> a user
/// sees only the companies they own, and anyone else's is "not found".
/// </summary>
internal sealed class CompanyService(CrmDbContext db, Owners owners, ICurrentUser user, CustomFieldValues customFields, TimeProvider clock)
{
    public const string DuplicateTaxId = "Crm.Company.DuplicateTaxId";
    public const string HasDeals = "Crm.Company.HasDeals";
    public const string HasContacts = "Crm.Company.HasContacts";

    internal static readonly SortMap<Company> Sorting = new SortMap<Company>("name")
        .Add("name", c => c.Name)
        .Add("taxId", c => c.TaxId)
        .Add("phone", c => c.Phone)
        .Add("email", c => c.Email)
        .Add("address", c => c.Address)
        .Add("createdAt", c => c.CreatedAt);

    private IQueryable<Company> Visible => db.Companies.VisibleTo(user);

    public async Task<PagedResult<CompanyDto>> ListAsync(CompanyListRequest request, CancellationToken cancellationToken) =>
        await db.People.WithNamesAsync(await Filtered(request).ToPageAsync(request, Sorting, CompanyDto.From, cancellationToken),
            d => d.OwnerId, (d, name) => d with { OwnerName = name }, cancellationToken);

    /// <summary>The companies the list shows for these filters, unsorted and unpaged: the list and its export share it.</summary>
    public IQueryable<Company> Filtered(CompanyListRequest request)
    {
        var query = Visible.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(c => c.SearchText.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(request.Tag))
        {
            var tag = request.Tag.Trim();
            query = query.Where(c => c.Tags.Contains(tag));
        }

        return query;
    }

    public async Task<CompanyDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await NamedAsync(await FindAsync(id, cancellationToken), cancellationToken);

    public async Task<CompanyDto> CreateAsync(CompanyInput input, CancellationToken cancellationToken, bool save = true)
    {
        var details = await DetailsAsync(input, cancellationToken);
        var owner = await owners.OwnerForAsync<Company>(input.OwnerId, OwnedRecordWords.Companies, cancellationToken);
        await EnsureUniqueTaxIdAsync(details, null, cancellationToken);

        var company = new Company(details, owner);
        db.Companies.Add(company);
        db.Publish(new CompanyCreatedEto(company.Id, company.Name, company.TaxId, company.Kpp, company.Address, company.OwnerId, user.Id, Now));
        if (save)
            await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(company, cancellationToken);
    }

    public async Task<CompanyDto> UpdateAsync(Guid id, CompanyInput input, CancellationToken cancellationToken, bool save = true)
    {
        var company = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(company, input.ConcurrencyStamp);
        var details = await DetailsAsync(input, cancellationToken);
        await EnsureUniqueTaxIdAsync(details, id, cancellationToken);

        var before = Snapshot(company);
        company.Update(details);
        if (input.OwnerId is { } ownerId && ownerId != company.OwnerId)
            company.TransferTo(await owners.OwnerForAsync<Company>(ownerId, OwnedRecordWords.Companies, cancellationToken));
        var changes = FieldSnapshot.Between(before, Snapshot(company));
        if (changes.Any(c => c.Field == "sourceId"))
            changes = await SourceNamesAsync(changes, cancellationToken);
        db.Publish(new CompanyUpdatedEto(company.Id, company.Name, company.TaxId, company.Kpp, company.Address, company.OwnerId,
            changes, user.Id, Now));
        if (save)
            await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(company, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var company = await FindAsync(id, cancellationToken);
        if (await db.Deals.AnyAsync(d => d.CompanyId == id, cancellationToken))
            throw new BusinessRuleException(HasDeals, Text.Pick(
                "У компании есть сделки, удалить её нельзя.", "The company has deals and cannot be deleted."));
        if (await db.Contacts.AnyAsync(c => c.CompanyId == id, cancellationToken))
            throw new BusinessRuleException(HasContacts, Text.Pick(
                "У компании есть контакты, удалить её нельзя.", "The company has contacts and cannot be deleted."));
        db.Companies.Remove(company);
        db.Publish(new CompanyDeletedEto(company.Id, Now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Merges a duplicate card into this one: its deals and contacts move here, the fields this card lacks are
    /// taken from it, tags are united, and the duplicate is deleted. Both must be cards the user may see.
    /// </summary>
    public async Task<CompanyDto> MergeAsync(Guid id, CompanyMergeInput input, CancellationToken cancellationToken)
    {
        var duplicateId = input.DuplicateId!.Value;
        if (duplicateId == id)
            throw InputValidationException.For("duplicateId", Text.Pick("Нельзя объединить компанию саму с собой.", "A company cannot be merged with itself."));
        var company = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(company, input.ConcurrencyStamp);
        var duplicate = await FindAsync(duplicateId, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Deals belong to the deals slice's entity; moving them in one statement keeps each deal's own rules untouched.
        await db.Deals.Where(d => d.CompanyId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.CompanyId, id), cancellationToken);
        foreach (var contact in await db.Contacts.Where(c => c.CompanyId == duplicateId).ToListAsync(cancellationToken))
            contact.MoveToCompany(id);
        db.Companies.Remove(duplicate);
        // The duplicate goes first: the kept card may take over its tax id, which is unique.
        await db.SaveChangesAsync(cancellationToken);

        var before = Snapshot(company);
        company.TakeIn(duplicate);
        var changes = FieldSnapshot.Between(before, Snapshot(company));
        if (changes.Any(c => c.Field == "sourceId"))
            changes = await SourceNamesAsync(changes, cancellationToken);
        db.Publish(new CompanyDeletedEto(duplicate.Id, Now));
        db.Publish(new CompanyMergedEto(company.Id, duplicate.Id, user.Id, Now));
        db.Publish(new CompanyUpdatedEto(company.Id, company.Name, company.TaxId, company.Kpp, company.Address, company.OwnerId,
            changes, user.Id, Now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await NamedAsync(company, cancellationToken);
    }

    private DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The card's fields as the timeline shows them; the owner stays an id (the web app knows the users' names).</summary>
    private static FieldSnapshot Snapshot(Company c) => new FieldSnapshot()
        .Add("name", c.Name).Add("taxId", c.TaxId).Add("kpp", c.Kpp).Add("address", c.Address)
        .Add("phone", c.Phone).Add("email", c.Email).Add("website", c.Website).Add("sourceId", c.SourceId)
        .Add("tags", c.Tags).Add("customFields", c.CustomFields.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"))
        .Add("ownerId", c.OwnerId);

    private async Task<List<FieldChange>> SourceNamesAsync(List<FieldChange> changes, CancellationToken cancellationToken)
    {
        var names = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id.ToString(), s => s.Name, cancellationToken);
        return changes.Select(c => c.Field != "sourceId" ? c : new FieldChange("source",
            c.OldValue is null ? null : names.GetValueOrDefault(c.OldValue, c.OldValue),
            c.NewValue is null ? null : names.GetValueOrDefault(c.NewValue, c.NewValue))).ToList();
    }

    private async Task<CompanyDetails> DetailsAsync(CompanyInput input, CancellationToken cancellationToken)
    {
        var values = await customFields.ValidateAsync(CustomFieldEntity.Company, input.CustomFields ?? [], cancellationToken);
        return input.ToDetails() with { CustomFields = values };
    }

    private async Task<Company> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Visible.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Company", id);

    private async Task<CompanyDto> NamedAsync(Company company, CancellationToken cancellationToken) =>
        CompanyDto.From(company) with { OwnerName = await db.People.NameOfAsync(company.OwnerId, cancellationToken) };


    private async Task EnsureUniqueTaxIdAsync(CompanyDetails details, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (details.TaxId is null)
            return;
        // Checked across all companies, not only visible ones: a client must not be entered twice by two managers.
        var duplicate = await db.Companies.AnyAsync(
            c => c.TaxId == details.TaxId && c.Kpp == details.Kpp && c.Id != exceptId, cancellationToken);
        if (duplicate)
            throw DuplicateTaxIdRefusal(details.TaxId, details.Kpp);
    }

    /// <summary>Why a card cannot have a tax id and КПП another card has; the import gives a row the same words.</summary>
    internal static BusinessRuleException DuplicateTaxIdRefusal(string taxId, string? kpp) =>
        new(DuplicateTaxId, Text.Pick(
            $"Компания с ИНН {taxId}{(kpp is null ? "" : $" и КПП {kpp}")} уже есть.",
            $"A company with tax id {taxId}{(kpp is null ? "" : $" and КПП {kpp}")} already exists."));
}
