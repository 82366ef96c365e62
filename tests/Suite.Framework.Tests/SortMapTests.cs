using Shouldly;
using Suite.Framework.Domain;
using Suite.Framework.Paging;
using Xunit;

namespace Suite.Framework.Tests;

public sealed class SortMapTests
{
    private sealed record Row(string Name, int Amount);

    private static readonly Row[] Rows = [new("b", 2), new("a", 2), new("c", 1)];

    private static readonly SortMap<Row> Map = new SortMap<Row>("name").Add("name", r => r.Name).Add("amount", r => r.Amount);

    [Theory]
    [InlineData(null, "a,b,c")]
    [InlineData("name desc", "c,b,a")]
    [InlineData("amount desc, name", "a,b,c")]
    [InlineData("AMOUNT asc,name desc", "c,b,a")]
    public void Should_Sort_By_The_Named_Fields(string? sorting, string expected) =>
        string.Join(",", Map.Apply(Rows.AsQueryable(), sorting).Select(r => r.Name)).ShouldBe(expected);

    [Theory]
    [InlineData("password")]
    [InlineData("name sideways")]
    [InlineData("name asc extra")]
    public void Should_Refuse_Unknown_Fields_And_Directions(string sorting)
    {
        var error = Should.Throw<InputValidationException>(() => Map.Apply(Rows.AsQueryable(), sorting));
        error.Errors.Keys.ShouldBe(["sorting"]);
    }
}
