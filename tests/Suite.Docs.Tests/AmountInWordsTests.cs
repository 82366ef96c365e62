using Shouldly;
using Suite.Docs.Forms;
using Xunit;

namespace Suite.Docs.Tests;

/// <summary>Amounts in words as invoices print them: roubles in words, kopecks in two digits, nouns in the right form.</summary>
public sealed class AmountInWordsTests
{
    [Theory]
    [InlineData("0.01", "Ноль рублей 01 копейка")]
    [InlineData("1", "Один рубль 00 копеек")]
    [InlineData("2", "Два рубля 00 копеек")]
    [InlineData("5", "Пять рублей 00 копеек")]
    [InlineData("11", "Одиннадцать рублей 00 копеек")]
    [InlineData("21", "Двадцать один рубль 00 копеек")]
    [InlineData("101", "Сто один рубль 00 копеек")]
    [InlineData("1000", "Одна тысяча рублей 00 копеек")]
    [InlineData("2000", "Две тысячи рублей 00 копеек")]
    [InlineData("5000", "Пять тысяч рублей 00 копеек")]
    [InlineData("1000000", "Один миллион рублей 00 копеек")]
    [InlineData("121501.50", "Сто двадцать одна тысяча пятьсот один рубль 50 копеек")]
    [InlineData("2.02", "Два рубля 02 копейки")]
    [InlineData("11.11", "Одиннадцать рублей 11 копеек")]
    [InlineData("2111.21", "Две тысячи сто одиннадцать рублей 21 копейка")]
    [InlineData("2000000.05", "Два миллиона рублей 05 копеек")]
    [InlineData("1001002.00", "Один миллион одна тысяча два рубля 00 копеек")]
    [InlineData("0", "Ноль рублей 00 копеек")]
    public void Should_Write_Russian_Roubles_And_Kopecks(string amount, string expected) =>
        AmountInWords.Write(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Language.Russian).ShouldBe(expected);

    [Theory]
    [InlineData("0.01", "Zero roubles 01 kopeck")]
    [InlineData("1", "One rouble 00 kopecks")]
    [InlineData("2", "Two roubles 00 kopecks")]
    [InlineData("5", "Five roubles 00 kopecks")]
    [InlineData("11", "Eleven roubles 00 kopecks")]
    [InlineData("21", "Twenty-one roubles 00 kopecks")]
    [InlineData("101", "One hundred one roubles 00 kopecks")]
    [InlineData("1000", "One thousand roubles 00 kopecks")]
    [InlineData("2000", "Two thousand roubles 00 kopecks")]
    [InlineData("5000", "Five thousand roubles 00 kopecks")]
    [InlineData("1000000", "One million roubles 00 kopecks")]
    [InlineData("121501.50", "One hundred twenty-one thousand five hundred one roubles 50 kopecks")]
    [InlineData("40.40", "Forty roubles 40 kopecks")]
    public void Should_Write_English_Roubles_And_Kopecks(string amount, string expected) =>
        AmountInWords.Write(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Language.English).ShouldBe(expected);

    [Fact]
    public void Should_Refuse_A_Negative_Amount() =>
        Should.Throw<ArgumentOutOfRangeException>(() => AmountInWords.Write(-1m, Language.Russian));
}
