using FluentValidation;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Companies;

internal sealed class CompanyMergeInputValidator : AbstractValidator<CompanyMergeInput>
{
    public CompanyMergeInputValidator() =>
        RuleFor(m => m.DuplicateId).NotEmpty().WithMessage(_ => Text.Pick("Укажите, какую компанию присоединить.", "Choose the company to merge in."));
}
