using Shouldly;
using Suite.Docs.Application.Documents;
using Suite.Finance.Events;
using Xunit;

namespace Suite.Docs.Tests;

/// <summary>Finance's issued invoice turned into the printed form's data: which amounts the lines and subtotal show, images from data URLs.</summary>
public sealed class InvoicePrintsTests
{
    [Fact]
    public void Should_Print_Net_Lines_And_Subtotal_When_Vat_Comes_On_Top_And_Totals_When_It_Is_Included()
    {
        var onTop = InvoicePrints.From(Issued(pricesIncludeVat: false));
        onTop.Lines.Select(l => l.Amount).ShouldBe([100m, 50m]);
        onTop.Subtotal.ShouldBe(150m);
        onTop.Total.ShouldBe(172m);
        onTop.VatIncluded.ShouldBeFalse();
        // The line without VAT adds no "НДС" row of its own.
        onTop.Vat.ShouldHaveSingleItem().ShouldBe(new Forms.VatPrint(22m, 22m));

        var included = InvoicePrints.From(Issued(pricesIncludeVat: true));
        included.Lines.Select(l => l.Amount).ShouldBe([122m, 50m]);
        included.Subtotal.ShouldBe(172m);
        included.VatIncluded.ShouldBeTrue();
    }

    [Fact]
    public void Should_Take_Images_From_Base64_Data_Urls_And_Ignore_Anything_Else()
    {
        InvoicePrints.Image("data:image/png;base64,AQID").ShouldBe([1, 2, 3]);
        InvoicePrints.Image(null).ShouldBeNull();
        InvoicePrints.Image("https://example.com/logo.png").ShouldBeNull();
        InvoicePrints.Image("data:image/png,AQID").ShouldBeNull();
        InvoicePrints.Image("data:image/png;base64,не base64").ShouldBeNull();
    }

    private static InvoiceIssuedEto Issued(bool pricesIncludeVat) => new(
        Guid.NewGuid(), "СЧ-2026-000001", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 8), "RUB", pricesIncludeVat,
        new InvoiceParty(Guid.NewGuid(), "ООО «Клиент»", "7736207543", null, null),
        new OrganisationUpdatedEto("ООО «Окна Плюс»", "Окна Плюс", "7707083893", null, null, "г. Москва", null, "Петров П. П.", null,
            null, null, "osno", 22m, 5, "data:image/png;base64,AQID", null, null,
            new BankRequisites(Guid.NewGuid(), "ПАО Сбербанк", "044525225", "40702810900000000001", "30101810400000000225"),
            DateTimeOffset.UtcNow),
        null, Guid.NewGuid(),
        [
            new InvoiceLineEto(1, null, "Окно", "шт", 1m, pricesIncludeVat ? 122m : 100m, 22m, 100m, 22m, 122m),
            new InvoiceLineEto(2, null, "Консультация", "ч", 1m, 50m, null, 50m, 0m, 50m),
        ],
        [new VatAmount(22m, 100m, 22m), new VatAmount(null, 50m, 0m)],
        150m, 22m, 172m, null, DateTimeOffset.UtcNow);
}
