using Suite.Framework.Events;

namespace Suite.Finance.Events;

/// <summary>
/// Our organisation's requisites changed; carries everything a printed form needs (Docs keeps a copy). Images are
/// data URLs (or null). <see cref="DefaultVatRate"/> is a percentage, null when sales are without VAT.
/// </summary>
[EventName("Finance.Organisation.Updated")]
public sealed record OrganisationUpdatedEto(
    string Name, string ShortName, string? TaxId, string? Kpp, string? Ogrn, string? LegalAddress, string? PostalAddress,
    string? Director, string? ChiefAccountant, string? Phone, string? Email, string TaxRegime, decimal? DefaultVatRate,
    int PaymentTermDays, string? Logo, string? Signature, string? Stamp, BankRequisites? MainBankAccount, DateTimeOffset ChangedAt);

/// <summary>A bank account of ours as a payment order needs it.</summary>
public sealed record BankRequisites(
    Guid AccountId, string BankName, string? Bic, string AccountNumber, string? CorrespondentAccount);
