using Suite.Finance.Domain.Organisation;

namespace Suite.Finance.Application.Organisation;

internal sealed record OrganisationDto(
    string Name, string ShortName, string? TaxId, string? Kpp, string? Ogrn, string? LegalAddress, string? PostalAddress,
    string? Director, string? ChiefAccountant, string? Phone, string? Email, string? Logo, string? Signature, string? Stamp,
    TaxRegime TaxRegime, decimal? DefaultVatRate, int PaymentTermDays, string ConcurrencyStamp)
{
    /// <summary>Kept for API.md's shape: the organisation's main address is its legal one.</summary>
    public string? Address => LegalAddress;

    internal static OrganisationDto From(Domain.Organisation.Organisation o, int paymentTermDays) => new(
        o.Name, o.ShortName, o.TaxId, o.Kpp, o.Ogrn, o.LegalAddress, o.PostalAddress, o.Director, o.ChiefAccountant, o.Phone,
        o.Email, o.Logo, o.Signature, o.Stamp, o.TaxRegime, o.DefaultVatRate, paymentTermDays, o.ConcurrencyStamp);
}

internal sealed record OrganisationInput
{
    public string? Name { get; init; }
    public string? ShortName { get; init; }
    public string? TaxId { get; init; }
    public string? Kpp { get; init; }
    public string? Ogrn { get; init; }
    public string? LegalAddress { get; init; }

    /// <summary>API.md's name for the legal address; used when <see cref="LegalAddress"/> is not given.</summary>
    public string? Address { get; init; }

    public string? PostalAddress { get; init; }
    public string? Director { get; init; }
    public string? ChiefAccountant { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Logo { get; init; }
    public string? Signature { get; init; }
    public string? Stamp { get; init; }
    public TaxRegime? TaxRegime { get; init; }

    /// <summary>Percent; null means without VAT (УСН only).</summary>
    public decimal? DefaultVatRate { get; init; }

    public int? PaymentTermDays { get; init; }
    public string? ConcurrencyStamp { get; init; }
}
