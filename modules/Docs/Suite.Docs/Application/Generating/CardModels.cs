using Microsoft.EntityFrameworkCore;
using Suite.Docs.Application.Cards;
using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Docs.EventHandlers;
using Suite.Docs.Templates;
using Suite.Finance.Events;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Generating;

/// <summary>
/// The merge data of a card as it is now: the card's company, contact and deal from Docs' copies, our requisites, the
/// user who generates the document and the company's today.
/// </summary>
internal sealed class CardModels(DocsDbContext db, CardDirectory cards, ICurrentUser user, BusinessClock clock)
{
    public async Task<TemplateModel> BuildAsync(Card card, Guid? userId, CancellationToken ct)
    {
        var deal = card.EntityType == CardTypes.Deal ? card : await cards.FindAsync(CardTypes.Deal, card.DealId, ct);
        var companyId = card.CompanyId ?? (deal is null ? null : deal.Read<DealData>().CompanyId);
        var company = await cards.FindAsync(CardTypes.Company, companyId, ct);
        var contact = card.EntityType == CardTypes.Contact ? card : await FirstContactAsync(companyId, ct);
        return new TemplateModel(
            Company(company, card),
            Contact(contact, card),
            deal is null ? null : await DealAsync(deal.Read<DealData>(), ct),
            Organisation((await cards.OrganisationAsync(ct))?.Read<OrganisationUpdatedEto>()),
            await UserAsync(userId, ct),
            clock.Today);
    }

    /// <summary>A lead has no company card yet: its company name stands in.</summary>
    private static TemplateCompany? Company(Card? company, Card card)
    {
        if (company is not null)
        {
            var data = company.Read<CompanyData>();
            return new TemplateCompany(data.Name, data.TaxId, data.Kpp, data.Address, null, null);
        }

        return card.EntityType == CardTypes.Lead && card.Read<LeadData>() is { CompanyName: { } name }
            ? new TemplateCompany(name, null, null, null, null, null)
            : null;
    }

    private static TemplateContact? Contact(Card? contact, Card card)
    {
        if (contact is not null)
        {
            var data = contact.Read<ContactData>();
            return new TemplateContact(data.FullName, null, data.Phone, data.Email);
        }

        return card.EntityType == CardTypes.Lead && card.Read<LeadData>() is var lead && lead.Name is not null
            ? new TemplateContact(lead.Name, null, lead.Phone, lead.Email)
            : null;
    }

    /// <summary>The company's contact a document is addressed to: the first one entered.</summary>
    private Task<Card?> FirstContactAsync(Guid? companyId, CancellationToken ct) =>
        companyId is null
            ? Task.FromResult<Card?>(null)
            : db.Cards.AsNoTracking().Where(c => c.EntityType == CardTypes.Contact && c.CompanyId == companyId && !c.IsDeleted)
                .OrderBy(c => c.Id).FirstOrDefaultAsync(ct);

    private async Task<TemplateDeal> DealAsync(DealData deal, CancellationToken ct)
    {
        var units = await UnitsAsync(deal.Lines.Select(l => l.ProductId), ct);
        var lines = deal.Lines.OrderBy(l => l.Position)
            .Select(l => new TemplateDealLine(l.Description, l.Quantity, l.ProductId is { } p && units.TryGetValue(p, out var unit) ? unit : DefaultUnit,
                l.UnitPrice, l.Amount))
            .ToList();
        return new TemplateDeal(deal.Title, null, deal.Amount, deal.Currency, null, lines);
    }

    public const string DefaultUnit = "шт";

    public async Task<IReadOnlyDictionary<Guid, string>> UnitsAsync(IEnumerable<Guid?> productIds, CancellationToken ct)
    {
        var ids = productIds.OfType<Guid>().Distinct().ToList();
        var products = await db.Cards.AsNoTracking().Where(c => c.EntityType == CardTypes.Product && ids.Contains(c.Id)).ToListAsync(ct);
        return products.ToDictionary(p => p.Id, p => p.Read<ProductData>().Unit);
    }

    public static TemplateOrganisation Organisation(OrganisationUpdatedEto? o) => o is null
        ? new TemplateOrganisation("", "", null, null, null, null, null, null, null)
        : new TemplateOrganisation(o.Name, o.TaxId ?? "", o.Kpp, o.LegalAddress, o.Director, o.MainBankAccount?.BankName,
            o.MainBankAccount?.Bic, o.MainBankAccount?.AccountNumber, o.MainBankAccount?.CorrespondentAccount);

    /// <summary>The user who generates the document; an automation's is the one who moved the deal.</summary>
    private async Task<TemplateUser> UserAsync(Guid? userId, CancellationToken ct)
    {
        var person = userId is { } id ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        return person is null
            ? new TemplateUser(userId == user.Id ? user.UserName ?? "" : "", null, null, null)
            : new TemplateUser(person.FullName, person.Position, person.Email, person.Phone);
    }
}
