using FluentValidation;
using Suite.Finance.Domain.Organisation;
using Suite.Framework.Localization;
using Suite.Framework.Requisites;

namespace Suite.Finance.Application.Organisation;

internal sealed class OrganisationInputValidator : AbstractValidator<OrganisationInput>
{
    /// <summary>About 400 KB of image: a logo, a signature or a stamp, not a photo album.</summary>
    private const int MaxImageLength = 550_000;

    public OrganisationInputValidator()
    {
        RuleFor(o => o.Name).NotEmpty().MaximumLength(300)
            .WithMessage(_ => Text.Pick("Укажите полное наименование (до 300 знаков).", "Give the full legal name (up to 300 characters)."));
        RuleFor(o => o.ShortName).NotEmpty().MaximumLength(150)
            .WithMessage(_ => Text.Pick("Укажите краткое наименование (до 150 знаков).", "Give the short name (up to 150 characters)."));
        RuleFor(o => o.TaxId).Must(t => TaxId.IsValid(t!)).When(o => !string.IsNullOrEmpty(o.TaxId))
            .WithMessage(_ => Text.Pick("ИНН — 10 или 12 цифр с верными контрольными цифрами.", "The tax id (INN) is 10 or 12 digits with valid check digits."));
        RuleFor(o => o.Kpp).Matches(@"^\d{9}$").When(o => !string.IsNullOrEmpty(o.Kpp))
            .WithMessage(_ => Text.Pick("КПП — 9 цифр.", "The KPP is 9 digits."));
        RuleFor(o => o.Ogrn).Matches(@"^(\d{13}|\d{15})$").When(o => !string.IsNullOrEmpty(o.Ogrn))
            .WithMessage(_ => Text.Pick("ОГРН — 13 цифр (ОГРНИП — 15).", "The OGRN is 13 digits (15 for an entrepreneur)."));
        RuleFor(o => o.Email).EmailAddress().MaximumLength(200).When(o => !string.IsNullOrEmpty(o.Email))
            .WithMessage(_ => Text.Pick("Неверный адрес электронной почты.", "The e-mail address is not valid."));
        RuleForEach(o => new[] { o.LegalAddress ?? o.Address, o.PostalAddress }).MaximumLength(500).OverridePropertyName("address")
            .WithMessage(_ => Text.Pick("Адрес — до 500 знаков.", "An address is up to 500 characters."));
        RuleForEach(o => new[] { o.Director, o.ChiefAccountant, o.Phone }).MaximumLength(200).OverridePropertyName("director")
            .WithMessage(_ => Text.Pick("Поле — до 200 знаков.", "The field is up to 200 characters."));
        RuleFor(o => o.Logo).Must(BeImage).WithMessage(_ => ImageMessage);
        RuleFor(o => o.Signature).Must(BeImage).WithMessage(_ => ImageMessage);
        RuleFor(o => o.Stamp).Must(BeImage).WithMessage(_ => ImageMessage);
        RuleFor(o => o.DefaultVatRate).Must((o, rate) => VatRates.FitsRegime(o.TaxRegime ?? TaxRegime.Osno, rate))
            .WithMessage(_ => Text.Pick("При ОСНО ставка НДС по умолчанию — 22, 10 или 0 %; при УСН — 5 %, 7 % или без НДС.",
                "Under OSNO the default VAT rate is 22, 10 or 0 %; under USN 5 %, 7 % or without VAT."));
        RuleFor(o => o.PaymentTermDays).InclusiveBetween(0, 365)
            .WithMessage(_ => Text.Pick("Срок оплаты — от 0 до 365 дней.", "Payment terms are 0 to 365 days."));
    }

    private static string ImageMessage => Text.Pick(
        "Изображение — PNG или JPEG как data URL, до 400 КБ.", "An image is a PNG or JPEG data URL of up to 400 KB.");

    private static bool BeImage(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return true;
        if (value.Length > MaxImageLength)
            return false;
        foreach (var prefix in new[] { "data:image/png;base64,", "data:image/jpeg;base64," })
            if (value.StartsWith(prefix, StringComparison.Ordinal))
                return Convert.TryFromBase64String(value[prefix.Length..], new byte[value.Length], out _);
        return false;
    }
}
