using FluentValidation;
using Suite.Framework.Localization;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

internal sealed class DocumentInputValidator : AbstractValidator<DocumentInput>
{
    /// <summary>A count of a whole warehouse lists every product in stock there, so the limit is a catalog's size, not a receipt's.</summary>
    public const int MaxLines = 10_000;

    public DocumentInputValidator()
    {
        RuleFor(d => d.Kind).NotNull().WithMessage(_ => Text.Pick("Укажите вид документа.", "Choose the kind of document.")).IsInEnum();
        RuleFor(d => d.WarehouseId).NotEmpty().WithMessage(_ => Text.Pick("Выберите склад.", "Choose the warehouse."));
        RuleFor(d => d.TargetWarehouseId)
            .NotEmpty().WithMessage(_ => Text.Pick("Выберите склад, на который перемещаются товары.", "Choose the warehouse the goods go to."))
            .NotEqual(d => d.WarehouseId).WithMessage(_ => Text.Pick("Склады отправителя и получателя должны различаться.",
                "The goods must go to a different warehouse."))
            .When(d => d.Kind == DocumentKind.Transfer);
        RuleFor(d => d.Reason).NotEmpty().WithMessage(_ => Text.Pick("Укажите причину списания.", "Give the reason for the write-off."))
            .When(d => d.Kind == DocumentKind.WriteOff);
        RuleFor(d => d.Reason).MaximumLength(500);
        RuleFor(d => d.Comment).MaximumLength(1000);
        RuleFor(d => d.Lines).Must(l => l is null || l.Count <= MaxLines)
            .WithMessage(_ => Text.Pick($"В документе не больше {MaxLines} строк.", $"A document has at most {MaxLines} lines."));
        RuleFor(d => d.Lines)
            .Must(l => l!.Where(x => x.ProductId is not null).GroupBy(x => x.ProductId).All(g => g.Count() == 1))
            .WithMessage(_ => Text.Pick("В инвентаризации каждый товар — одной строкой.", "A count lists each product once."))
            .When(d => d.Kind == DocumentKind.Count && d.Lines is not null);
        RuleForEach(d => d.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotEmpty().WithMessage(_ => Text.Pick("Выберите товар.", "Choose the product."));
            line.RuleFor(l => l.Quantity).NotNull().WithMessage(_ => Text.Pick("Укажите количество.", "Enter the quantity."))
                .Quantity();
            line.RuleFor(l => l.UnitCost).UnitCost();
        });
        RuleForEach(d => d.Lines).ChildRules(line => line.RuleFor(l => l.Quantity).GreaterThan(0)
                .WithMessage(_ => Text.Pick("Количество должно быть больше нуля.", "The quantity must be more than zero.")))
            .When(d => d.Kind != DocumentKind.Count);
        RuleForEach(d => d.Lines).ChildRules(line => line.RuleFor(l => l.UnitCost).NotNull()
                .WithMessage(_ => Text.Pick("Укажите цену поступления.", "Enter the unit cost the goods came in at.")))
            .When(d => d.Kind == DocumentKind.Receipt);
    }
}
