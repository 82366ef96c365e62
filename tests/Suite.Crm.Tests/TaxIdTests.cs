using Suite.Framework.Requisites;
using Shouldly;
using Suite.Crm.Domain.Companies;
using Xunit;

namespace Suite.Crm.Tests;

public sealed class TaxIdTests
{
    [Theory]
    [InlineData("7707083893")]   // Sberbank
    [InlineData("7736207543")]   // Yandex
    [InlineData("500100732259")] // an individual entrepreneur
    public void Should_Accept_Real_Tax_Ids(string taxId) => TaxId.IsValid(taxId).ShouldBeTrue();

    [Theory]
    [InlineData("7707083894")]
    [InlineData("500100732250")]
    [InlineData("77070838")]
    [InlineData("77070838931")]
    [InlineData("77O7083893")]
    public void Should_Reject_Mistyped_Tax_Ids(string taxId) => TaxId.IsValid(taxId).ShouldBeFalse();

    [Theory]
    [InlineData("770708389", "7707083893")]
    [InlineData("5001007322", "500100732259")]
    public void Should_Complete_Leading_Digits_With_Check_Digits(string leading, string expected) =>
        TaxId.Complete(leading).ShouldBe(expected);
}
