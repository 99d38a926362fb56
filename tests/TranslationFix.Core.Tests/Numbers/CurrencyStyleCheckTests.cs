using TranslationFix.Core.Checks.Numbers;
using TranslationFix.Core.Numbers;

namespace TranslationFix.Core.Tests.Numbers;

public sealed class CurrencyStyleCheckTests
{
    private const string Rule = "number.currency-style";

    [Theory]
    [InlineData("Losses were US$540 million. It spends 700,000 US dollars a day. Revenue was US$3 million.",
                "Losses were US$540 million. It spends US$700,000 a day. Revenue was US$3 million.")]
    [InlineData("The goal is US$200 million this year and US$1 billion next year; training costs 1 billion US dollars.",
                "The goal is US$200 million this year and US$1 billion next year; training costs US$1 billion.")]
    [InlineData("It raised $50 million and $20 million, then USD 5 million.",
                "It raised $50 million and $20 million, then $5 million.")]
    public void Fix_MinorityStyle_BecomesArticleStyle(string input, string expected)
        => Assert.Equal(expected, NumberTestEngine.Corrected(input));

    [Theory]
    [InlineData("Losses were US$540 million and revenue US$3 million.")]
    [InlineData("It received 2.2 billion US dollars and spent 700,000 US dollars.")]   // words throughout: consistent
    [InlineData("Sam Altman’s goal of revenue of US$200 million this year and US$1 billion next year")]
    [InlineData("OpenAI’s losses in 2022 have approximately doubled to US$540 million")]
    [InlineData("It paid HK$5 million and S$3 million, and US$2 million.")]               // other dollars are other currencies
    [InlineData("tens of billions of US dollars; US dollar funds are looking at AI.")]  // no amount
    public void Analyze_OneStyle_NoFinding(string input)
        => Assert.Empty(NumberTestEngine.Findings(input, Rule));

    [Fact]
    public void Analyze_BareDollarAmongUsDollars_FlagsWithoutFix()
    {
        var f = Assert.Single(NumberTestEngine.Findings("It lost US$540 million and US$3 million, after a $50 million round.", Rule));
        Assert.Equal("$50 million", f.Text);
        Assert.Null(f.Replacement);
    }

    [Theory]
    [InlineData(CurrencyStyle.Iso, "Losses were US$540 million and 3 million US dollars.", "Losses were USD 540 million and USD 3 million.")]
    [InlineData(CurrencyStyle.DollarSign, "It spends 700,000 US dollars a day.", "It spends $700,000 a day.")]
    [InlineData(CurrencyStyle.UsDollarPrefix, "It spends USD 700,000 a day.", "It spends US$700,000 a day.")]
    public void Fix_HouseStyle_WinsOverMajority(CurrencyStyle style, string input, string expected)
        => Assert.Equal(expected, NumberTestEngine.Corrected(input, pipeline: NumberTestEngine.With(new NumberOptions { CurrencyStyle = style })));

    [Theory]
    [InlineData("Revenue was 5 million yuan, costs 3 million yuan and profit RMB 2 million.",
                "Revenue was 5 million yuan, costs 3 million yuan and profit 2 million yuan.")]
    [InlineData("Revenue was RMB 5 million and costs CNY 3 million, profit RMB 2 million.",
                "Revenue was RMB 5 million and costs RMB 3 million, profit RMB 2 million.")]
    [InlineData("Revenue was 5 million yuan and US$3 million.", "Revenue was 5 million yuan and US$3 million.")]   // two currencies, two styles
    public void Fix_YuanMinorityStyle_BecomesArticleStyle(string input, string expected)
        => Assert.Equal(expected, NumberTestEngine.Corrected(input));

    [Fact]
    public void Analyze_YenSignAmongYuan_FlagsWithoutFix()
    {
        var f = Assert.Single(NumberTestEngine.Findings("It made 5 million yuan and 3 million yuan, then ¥2 million.", Rule));
        Assert.Equal("¥2 million", f.Text);
        Assert.Null(f.Replacement);
    }

    [Fact]
    public void Fix_Twice_ChangesNothingMore()
    {
        string once = NumberTestEngine.Corrected("Losses were US$540 million. It spends 700,000 US dollars a day.");
        Assert.Equal(once, NumberTestEngine.Corrected(once));
    }

    [Fact]
    public void Rules_DeclaresCurrencyStyle() =>
        Assert.Equal([Rule], new CurrencyStyleCheck().Rules.Select(r => r.Id));
}
