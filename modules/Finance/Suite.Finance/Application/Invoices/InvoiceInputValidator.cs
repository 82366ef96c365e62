using FluentValidation;
using Suite.Finance.Domain.Organisation;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Invoices;

internal sealed class InvoiceInputValidator : AbstractValidator<InvoiceInput>
{
    public const int MaxLines = 200;

    /// <summary>A line of ten trillion roubles is beyond any real invoice and keeps 200 of them inside the money columns.</summary>
    public const decimal MaxLineAmount = 10_000_000_000_000m;

    public InvoiceInputValidator()
    {
        RuleFor(i => i.CompanyId).NotEmpty()
            .WithMessage(_ => Text.Pick("Выберите клиента.", "Choose the client."));
        RuleFor(i => i.Currency).Must(c => c is null or "RUB")
            .WithMessage(_ => Text.Pick("Счета выставляются в рублях (RUB).", "Invoices are in roubles (RUB)."));
        RuleFor(i => i.Comment).MaximumLength(1000)
            .WithMessage(_ => Text.Pick("Комментарий — до 1000 знаков.", "The comment is up to 1000 characters."));
        RuleFor(i => i.DueDate).Must((i, due) => due is null || i.IssueDate is null || due >= i.IssueDate)
            .WithMessage(_ => Text.Pick("Срок оплаты не может быть раньше даты счёта.", "The due date cannot be before the issue date."));
        RuleFor(i => i.Lines).NotNull()
            .WithMessage(_ => Text.Pick("Добавьте строки счёта.", "Add the invoice's lines."));
        RuleFor(i => i.Lines!.Count).LessThanOrEqualTo(MaxLines).OverridePropertyName("lines").When(i => i.Lines is not null)
            .WithMessage(_ => Text.Pick($"В счёте не больше {MaxLines} строк.", $"An invoice has at most {MaxLines} lines."));
        RuleForEach(i => i.Lines).NotNull().SetValidator(new InvoiceLineInputValidator());
    }
}

internal sealed class InvoiceLineInputValidator : AbstractValidator<InvoiceLineInput>
{
    public InvoiceLineInputValidator()
    {
        RuleFor(l => l.Description).NotEmpty().Must(d => d!.Trim().Length > 0).MaximumLength(500)
            .WithMessage(_ => Text.Pick("Укажите наименование (до 500 знаков).", "Give a description (up to 500 characters)."));
        RuleFor(l => l.Unit).MaximumLength(20)
            .WithMessage(_ => Text.Pick("Единица измерения — до 20 знаков.", "The unit is up to 20 characters."));
        RuleFor(l => l.Quantity).GreaterThan(0).Must(q => q == Math.Round(q, 3))
            .WithMessage(_ => Text.Pick("Количество больше нуля, до трёх знаков после запятой.", "The quantity is above zero, with up to three decimals."));
        RuleFor(l => l.UnitPrice).GreaterThanOrEqualTo(0).Must(p => p == Math.Round(p, 2))
            .WithMessage(_ => Text.Pick("Цена не меньше нуля, в рублях и копейках.", "The price is zero or more, in roubles and kopecks."));
        RuleFor(l => l.UnitPrice).Must((l, p) => l.Quantity <= 0 || p <= 0 || p <= InvoiceInputValidator.MaxLineAmount / l.Quantity)
            .WithMessage(_ => Text.Pick("Сумма строки слишком велика.", "The line's amount is too large."));
        RuleFor(l => l.VatRate).Must(VatRates.IsAllowed)
            .WithMessage(_ => Text.Pick("Ставка НДС: 22, 10, 7, 5, 0 или без НДС.", "The VAT rate is 22, 10, 7, 5, 0 or none."));
    }
}
