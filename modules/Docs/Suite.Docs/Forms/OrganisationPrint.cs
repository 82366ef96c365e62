namespace Suite.Docs.Forms;

/// <summary>Our organisation's requisites as printed on a form; images are PNG or JPEG bytes.</summary>
internal sealed record OrganisationPrint(
    string Name,
    string Inn,
    string? Kpp,
    string Address,
    string Director,
    string ChiefAccountant,
    byte[]? Logo = null,
    byte[]? DirectorSignature = null,
    byte[]? AccountantSignature = null,
    byte[]? Stamp = null);
