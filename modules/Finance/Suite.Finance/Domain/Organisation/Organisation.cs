using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Organisation;

/// <summary>Our own legal entity as printed forms show it: one record, edited by admins and accountants.</summary>
public sealed class Organisation : AuditedEntity
{
    public static readonly Guid SingletonId = new("f1a0c000-0000-7000-8000-000000000002");

    public Organisation()
    {
        Id = SingletonId;
        Name = "ООО «Наша компания»";
        ShortName = "Наша компания";
    }

    public string Name { get; private set; }
    public string ShortName { get; private set; }
    public string? TaxId { get; private set; }
    public string? Kpp { get; private set; }
    public string? Ogrn { get; private set; }
    public string? LegalAddress { get; private set; }
    public string? PostalAddress { get; private set; }
    public string? Director { get; private set; }
    public string? ChiefAccountant { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    /// <summary>Images as data URLs (PNG or JPEG), small enough to travel in events.</summary>
    public string? Logo { get; private set; }
    public string? Signature { get; private set; }
    public string? Stamp { get; private set; }

    public TaxRegime TaxRegime { get; private set; } = TaxRegime.Osno;

    /// <summary>The VAT rate new invoice lines get (percent); null when sales are without VAT.</summary>
    public decimal? DefaultVatRate { get; private set; } = 22m;

    public void Update(OrganisationDetails d)
    {
        Name = d.Name;
        ShortName = d.ShortName;
        TaxId = d.TaxId;
        Kpp = d.Kpp;
        Ogrn = d.Ogrn;
        LegalAddress = d.LegalAddress;
        PostalAddress = d.PostalAddress;
        Director = d.Director;
        ChiefAccountant = d.ChiefAccountant;
        Phone = d.Phone;
        Email = d.Email;
        Logo = d.Logo;
        Signature = d.Signature;
        Stamp = d.Stamp;
        TaxRegime = d.TaxRegime;
        DefaultVatRate = d.DefaultVatRate;
    }
}

/// <summary>Everything an admin edits on the organisation's card, validated before it gets here.</summary>
public sealed record OrganisationDetails(
    string Name, string ShortName, string? TaxId, string? Kpp, string? Ogrn, string? LegalAddress, string? PostalAddress,
    string? Director, string? ChiefAccountant, string? Phone, string? Email, string? Logo, string? Signature, string? Stamp,
    TaxRegime TaxRegime, decimal? DefaultVatRate);

/// <summary>
/// ОСНО charges VAT at the general rates; УСН since 2025 either charges a reduced 5 % or 7 % or, under the income limit,
/// none. The regime decides which default VAT rates make sense.
/// </summary>
public enum TaxRegime
{
    Osno,
    Usn,
}

/// <summary>The VAT rates an invoice line may carry, in percent; null (not listed) means "без НДС".</summary>
public static class VatRates
{
    public static readonly IReadOnlyList<decimal> Allowed = [22m, 10m, 7m, 5m, 0m];

    public static bool IsAllowed(decimal? rate) => rate is null || Allowed.Contains(rate.Value);

    /// <summary>The default rates each regime allows: ОСНО 22, 10 or 0; УСН 5, 7 or without VAT.</summary>
    public static bool FitsRegime(TaxRegime regime, decimal? rate) => regime switch
    {
        TaxRegime.Osno => rate is 22m or 10m or 0m,
        _ => rate is null or 5m or 7m,
    };
}
