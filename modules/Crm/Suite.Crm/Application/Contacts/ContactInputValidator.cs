using FluentValidation;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Contacts;

internal sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(c => c.FirstName).NotEmpty().WithMessage(_ => Text.Pick("Введите имя.", "Enter the first name.")).MaximumLength(100);
        RuleFor(c => c.LastName).MaximumLength(100);
        RuleFor(c => c.Position).MaximumLength(200);
        RuleFor(c => c.Phones).Must(p => p!.Count <= 10)
            .WithMessage(_ => Text.Pick("Не больше 10 телефонов.", "At most 10 phones.")).When(c => c.Phones is not null);
        RuleForEach(c => c.Phones).MaximumLength(50)
            .Must(p => p is null || p.Trim().Length == 0 || p.Count(char.IsAsciiDigit) >= 5)
            .WithMessage(_ => Text.Pick("В телефоне должно быть хотя бы 5 цифр.", "A phone needs at least 5 digits."));
        RuleFor(c => c.Emails).Must(e => e!.Count <= 10)
            .WithMessage(_ => Text.Pick("Не больше 10 адресов e-mail.", "At most 10 e-mail addresses.")).When(c => c.Emails is not null);
        RuleForEach(c => c.Emails).MaximumLength(200)
            .Must(e => e is null || e.Trim().Length == 0 || IsEmail(e.Trim()))
            .WithMessage(_ => Text.Pick("Введите правильный адрес e-mail.", "Enter a valid e-mail address."));
        RuleFor(c => c.Tags).Must(t => t!.Count <= 20)
            .WithMessage(_ => Text.Pick("Не больше 20 тегов.", "At most 20 tags.")).When(c => c.Tags is not null);
        RuleForEach(c => c.Tags).MaximumLength(50);
        RuleFor(c => c.CustomFields).Must(f => f!.Count <= 50)
            .WithMessage(_ => Text.Pick("Дополнительных полей не больше 50.", "At most 50 custom fields."))
            .When(c => c.CustomFields is not null);
    }

    /// <summary>The same check as the company's e-mail: one @ with something on both sides.</summary>
    internal static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at < value.Length - 1 && value.IndexOf('@', at + 1) < 0 && !value.Any(char.IsWhiteSpace);
    }
}
