using FluentValidation;
using Suite.Crm.Domain.WebForms;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.WebForms;

internal sealed class WebFormInputValidator : AbstractValidator<WebFormInput>
{
    public WebFormInputValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => Text.Pick("Введите название формы.", "Enter the form's name.")).MaximumLength(200);
        RuleFor(f => f.SuccessMessage).MaximumLength(500);
        RuleForEach(f => f.Fields).ChildRules(field =>
            field.RuleFor(x => x.Name).Must(n => n is not null && WebFormField.All.Contains(n)).WithMessage(_ => Text.Pick(
                "Поле формы — name, phone, email, companyName или comment.", "A form field is name, phone, email, companyName or comment.")));
        RuleFor(f => f.Fields)
            .Must(fields => fields!.Select(x => x.Name).Distinct().Count() == fields!.Count)
            .WithMessage(_ => Text.Pick("Каждое поле формы указывается один раз.", "List each form field once."))
            .Must(fields => fields!.Any(x => x.Name is WebFormField.Phone or WebFormField.Email && x.Shown != false))
            .WithMessage(_ => Text.Pick("Форма должна показывать телефон или e-mail: без них с посетителем не связаться.",
                "The form must show the phone or the e-mail: without them nobody can get back to the visitor."))
            .When(f => f.Fields is not null);
        RuleFor(f => f.RoundRobinUserIds)
            .Must(ids => ids is { Count: > 0 and <= 50 } && ids.All(id => id != Guid.Empty))
            .WithMessage(_ => Text.Pick("Выберите от 1 до 50 сотрудников для распределения по очереди.",
                "Choose 1 to 50 users to take the leads in turn."))
            .When(f => f.Assignment == WebFormAssignment.RoundRobin);
    }
}

/// <summary>The limits every submission meets; what the form itself requires is checked against the form.</summary>
internal sealed class WebFormSubmissionValidator : AbstractValidator<WebFormSubmission>
{
    public WebFormSubmissionValidator()
    {
        RuleFor(s => s.Name).MaximumLength(200);
        RuleFor(s => s.CompanyName).MaximumLength(300);
        RuleFor(s => s.Phone).MaximumLength(50)
            .Matches(@"^[0-9+()\-.\s]{5,50}$").WithMessage(_ => Text.Pick("Введите номер телефона.", "Enter a phone number."))
            .When(s => !string.IsNullOrWhiteSpace(s.Phone));
        RuleFor(s => s.Email!.Trim())
            .EmailAddress().WithMessage(_ => Text.Pick("Введите правильный адрес e-mail.", "Enter a valid e-mail address.")).MaximumLength(200)
            .OverridePropertyName(nameof(WebFormSubmission.Email))
            .When(s => !string.IsNullOrWhiteSpace(s.Email));
        RuleFor(s => s.Comment).MaximumLength(2000);
    }
}
