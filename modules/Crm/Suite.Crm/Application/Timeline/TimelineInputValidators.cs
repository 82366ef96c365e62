using FluentValidation;
using Suite.Crm.Domain.Timeline;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Timeline;

internal static class TimelineEntryRules
{
    public static void AddEntryRules<T>(this AbstractValidator<T> validator) where T : TimelineEntryInput
    {
        validator.RuleFor(e => e.EntityType).NotEmpty().Must(t => TimelineEntityTypes.All.Contains(t!))
            .WithMessage(_ => Text.Pick("Карточка — company, contact, deal или lead.", "The entity type is company, contact, deal or lead."));
        validator.RuleFor(e => e.EntityId).NotEmpty().WithMessage(_ => Text.Pick("Укажите карточку.", "Choose the card."));
    }
}

internal sealed class CommentInputValidator : AbstractValidator<CommentInput>
{
    public CommentInputValidator()
    {
        this.AddEntryRules();
        RuleFor(c => c.Text).NotEmpty().WithMessage(_ => Text.Pick("Напишите комментарий.", "Write the comment.")).MaximumLength(10_000);
    }
}

internal sealed class CallInputValidator : AbstractValidator<CallInput>
{
    public CallInputValidator()
    {
        this.AddEntryRules();
        RuleFor(c => c.Direction).Must(d => d is "incoming" or "outgoing")
            .WithMessage(_ => Text.Pick("Направление — incoming или outgoing.", "The direction is incoming or outgoing."));
        RuleFor(c => c.DurationSeconds).NotNull().InclusiveBetween(0, 86_400)
            .WithMessage(_ => Text.Pick("Длительность — от 0 до 86 400 секунд.", "The duration is 0 to 86,400 seconds."));
        RuleFor(c => c.Result).MaximumLength(200);
        RuleFor(c => c.Note).MaximumLength(10_000);
    }
}

internal sealed class EmailInputValidator : AbstractValidator<EmailInput>
{
    public EmailInputValidator()
    {
        this.AddEntryRules();
        RuleFor(e => e.Direction).Must(d => d is "incoming" or "outgoing")
            .WithMessage(_ => Text.Pick("Направление — incoming или outgoing.", "The direction is incoming or outgoing."));
        RuleFor(e => e.Subject).NotEmpty().WithMessage(_ => Text.Pick("Укажите тему письма.", "Enter the e-mail's subject.")).MaximumLength(300);
        RuleFor(e => e.Address).MaximumLength(200);
        RuleFor(e => e.Note).MaximumLength(10_000);
    }
}

internal sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public MeetingInputValidator()
    {
        this.AddEntryRules();
        RuleFor(m => m.Subject).NotEmpty().WithMessage(_ => Text.Pick("Укажите тему встречи.", "Enter the meeting's subject.")).MaximumLength(300);
        RuleFor(m => m.StartsAt).NotNull().WithMessage(_ => Text.Pick("Укажите начало встречи.", "Enter when the meeting starts."));
        RuleFor(m => m.DurationMinutes).NotNull().InclusiveBetween(1, 1_440)
            .WithMessage(_ => Text.Pick("Длительность — от 1 до 1440 минут.", "The duration is 1 to 1,440 minutes."));
        RuleFor(m => m.Place).MaximumLength(300);
        RuleFor(m => m.Note).MaximumLength(10_000);
    }
}
