using PhoneNumbers;

namespace Suite.Crm.Domain.Duplicates;

/// <summary>
/// The forms phones and e-mails are compared in: "8 (495) 123-45-67" and "+74951234567" are the same
/// number, "Info@Example.ru " and "info@example.ru" the same address.
/// </summary>
public static class ContactKeys
{
    public const string DefaultRegion = "RU";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>E.164 (+74951234567) when the number parses; otherwise its digits, so odd numbers still match themselves.</summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        try
        {
            var number = Phones.Parse(value, DefaultRegion);
            if (Phones.IsPossibleNumber(number))
                return Phones.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
        }

        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    public static string? Email(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
