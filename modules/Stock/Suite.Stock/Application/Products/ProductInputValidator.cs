using FluentValidation;
using Suite.Framework.Localization;

namespace Suite.Stock.Application.Products;

internal sealed class ProductInputValidator : AbstractValidator<ProductInput>
{
    public ProductInputValidator()
    {
        RuleFor(p => p.Sku).NotEmpty().WithMessage(_ => Text.Pick("Введите артикул.", "Enter the SKU.")).MaximumLength(64);
        RuleFor(p => p.Name).NotEmpty().WithMessage(_ => Text.Pick("Введите наименование.", "Enter the name.")).MaximumLength(300);
        RuleFor(p => p.Unit).MaximumLength(20);
        RuleFor(p => p.Barcode).MaximumLength(64);
        RuleFor(p => p.Category).MaximumLength(100);
        RuleFor(p => p.SalePrice).Money();
        RuleFor(p => p.VatRate).InclusiveBetween(0m, 100m)
            .WithMessage(_ => Text.Pick("Ставка НДС — от 0 до 100 %.", "The VAT rate is a percentage from 0 to 100."));
        RuleFor(p => p.MinQuantity).Quantity();
        RuleFor(p => p.ValuationMethod).IsInEnum();
    }
}
