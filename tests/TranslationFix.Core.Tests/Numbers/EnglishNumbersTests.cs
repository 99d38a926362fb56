using TranslationFix.Core.Numbers;

namespace TranslationFix.Core.Tests.Numbers;

public sealed class EnglishNumbersTests
{
    [Theory]
    [InlineData(30_000_000, "30 million")]
    [InlineData(210_000_000, "210 million")]
    [InlineData(2_100_000_000, "2.1 billion")]
    [InlineData(1_500_000_000_000, "1.5 trillion")]
    [InlineData(330_600, "330,600")]
    [InlineData(1_234_567, "1,234,567")]
    [InlineData(66.4, "66.4")]
    public void Format_Values_AsNewsCopy(double value, string expected) => Assert.Equal(expected, EnglishNumbers.Format(value));

    [Theory]
    [InlineData(10, "×10")]
    [InlineData(1e4, "×10⁴")]
    [InlineData(0.1, "÷10")]
    [InlineData(1e-8, "÷10⁸")]
    public void Factor_Powers_ReadAsMultipliers(double factor, string expected) => Assert.Equal(expected, EnglishNumbers.Factor(factor));
}
