using FluentValidation;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.CustomFields;

internal sealed class CustomFieldInputValidator : AbstractValidator<CustomFieldInput>
{
    public CustomFieldInputValidator()
    {
        RuleFor(f => f.Key).NotEmpty().MaximumLength(100)
            .Must(k => CustomFieldService.KeyPattern().IsMatch(k!.Trim()))
            .WithMessage(_ => Text.Pick("Ключ — латинские буквы, цифры и _, начиная с буквы.", "The key is Latin letters, digits and _, starting with a letter."))
            .When(f => !string.IsNullOrWhiteSpace(f.Key));
        RuleFor(f => f.Label).NotEmpty().WithMessage(_ => Text.Pick("Введите название поля.", "Enter the field label.")).MaximumLength(200);
        RuleFor(f => f.Options).Must(o => o!.Count <= 100).When(f => f.Options is not null);
        RuleForEach(f => f.Options).MaximumLength(200);
    }
}
