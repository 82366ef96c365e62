using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Settings;
using Suite.Finance.Data;
using Suite.Finance.Domain.Money;
using Suite.Finance.Domain.Organisation;
using Suite.Finance.Domain.Settings;
using Suite.Finance.Events;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Organisation;

/// <summary>Our requisites: read by every printed form, published whole on each change (Docs keeps a copy).</summary>
internal sealed class OrganisationService(FinanceDbContext db, FinanceSettingsReader financeSettings, BusinessClock clock)
{
    public async Task<OrganisationDto> GetAsync(CancellationToken cancellationToken) =>
        OrganisationDto.From(await CurrentAsync(cancellationToken), await PaymentTermDaysAsync(cancellationToken));

    public async Task<OrganisationDto> UpdateAsync(OrganisationInput input, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
            db.Organisations.Add(organisation = new Domain.Organisation.Organisation());
        else
            db.ExpectConcurrencyStamp(organisation, input.ConcurrencyStamp);
        var regime = input.TaxRegime ?? TaxRegime.Osno;
        organisation.Update(new OrganisationDetails(input.Name!.Trim(), input.ShortName!.Trim(), Blank(input.TaxId), Blank(input.Kpp),
            Blank(input.Ogrn), Blank(input.LegalAddress ?? input.Address), Blank(input.PostalAddress), Blank(input.Director),
            Blank(input.ChiefAccountant), Blank(input.Phone), Blank(input.Email), Blank(input.Logo), Blank(input.Signature),
            Blank(input.Stamp), regime, input.DefaultVatRate));

        var settings = await db.FinanceSettings.SingleOrDefaultAsync(cancellationToken);
        if (input.PaymentTermDays is { } days)
        {
            if (settings is null)
                db.FinanceSettings.Add(settings = new FinanceSettings());
            settings.Update(settings.LockDate, settings.InvoicePrefix, days);
        }

        await PublishAsync(organisation, settings?.PaymentTermDays ?? FinanceSettings.DefaultPaymentTermDays, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return OrganisationDto.From(organisation, settings?.PaymentTermDays ?? FinanceSettings.DefaultPaymentTermDays);
    }

    /// <summary>The requisites as printed forms need them, with the main bank account (also what Finance.Invoice.Issued carries).</summary>
    public async Task<OrganisationUpdatedEto> SnapshotAsync(CancellationToken cancellationToken)
    {
        var organisation = await CurrentAsync(cancellationToken);
        return Snapshot(organisation, await PaymentTermDaysAsync(cancellationToken), await MainBankAccountAsync(cancellationToken));
    }

    /// <summary>Publishes the requisites again: after a change of the organisation or of its main bank account.</summary>
    public async Task PublishAsync(CancellationToken cancellationToken) =>
        await PublishAsync(await CurrentAsync(cancellationToken), await PaymentTermDaysAsync(cancellationToken), cancellationToken);

    private async Task PublishAsync(Domain.Organisation.Organisation organisation, int paymentTermDays, CancellationToken cancellationToken) =>
        db.Publish(Snapshot(organisation, paymentTermDays, await MainBankAccountAsync(cancellationToken)));

    private OrganisationUpdatedEto Snapshot(Domain.Organisation.Organisation o, int paymentTermDays, BankRequisites? bank) => new(
        o.Name, o.ShortName, o.TaxId, o.Kpp, o.Ogrn, o.LegalAddress, o.PostalAddress, o.Director, o.ChiefAccountant, o.Phone,
        o.Email, o.TaxRegime.ToString().ToLowerInvariant(), o.DefaultVatRate, paymentTermDays, o.Logo, o.Signature, o.Stamp, bank,
        clock.UtcNow);

    private async Task<Domain.Organisation.Organisation> CurrentAsync(CancellationToken cancellationToken) =>
        db.Organisations.Local.SingleOrDefault()
        ?? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(cancellationToken)
        ?? new Domain.Organisation.Organisation();

    // The request's settings, read once (an issue has read them already for the lock date and the prefix).
    private async Task<int> PaymentTermDaysAsync(CancellationToken cancellationToken) =>
        db.FinanceSettings.Local.SingleOrDefault()?.PaymentTermDays ?? (await financeSettings.CurrentAsync(cancellationToken)).PaymentTermDays;

    private async Task<BankRequisites?> MainBankAccountAsync(CancellationToken cancellationToken)
    {
        var account = db.MoneyAccounts.Local.FirstOrDefault(a => a is { IsMain: true, IsArchived: false })
                      ?? await db.MoneyAccounts.AsNoTracking()
                          .Where(a => a.Kind == MoneyAccountKind.Bank && !a.IsArchived && a.AccountNumber != null)
                          .OrderByDescending(a => a.IsMain).ThenBy(a => a.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return account is { AccountNumber: not null }
            ? new BankRequisites(account.Id, account.BankName ?? "", account.Bic, account.AccountNumber, account.CorrespondentAccount)
            : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
