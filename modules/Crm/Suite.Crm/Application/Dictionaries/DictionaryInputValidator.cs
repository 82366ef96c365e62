using FluentValidation;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Dictionaries;

internal sealed class DictionaryInputValidator : AbstractValidator<DictionaryInput>
{
    public DictionaryInputValidator()
    {
        RuleFor(d => d.Name).NotEmpty().WithMessage(_ => Text.Pick("Введите название.", "Enter the name."))
            .MaximumLength(100).WithMessage(_ => Text.Pick("Название — не длиннее 100 символов.", "The name is at most 100 characters."));
    }
}
