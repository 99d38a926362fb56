using TranslationFix.Core.Numbers;

namespace TranslationFix.Core.Tests.Numbers;

public sealed class NumberFormatCheckTests
{
    private const string Rule = "number.format";

    [Theory]
    [InlineData("It has 1.194.000 members.", "It has 1,194,000 members.")]
    [InlineData("Revenue was 3,5 million yuan.", "Revenue was 3.5 million yuan.")]
    [InlineData("Costs fell by 2,75%.", "Costs fell by 2.75%.")]
    public void Fix_ForeignMarks_BecomeEnglish(string input, string expected)
        => Assert.Equal(expected, NumberTestEngine.Corrected(input));

    [Fact]
    public void Analyze_DotBeforeCount_FlagsWithoutFix()
    {
        var f = Assert.Single(NumberTestEngine.Findings("It had opened 1.194 stores by June.", Rule));
        Assert.Equal("1.194", f.Text);
        Assert.Null(f.Replacement);
        Assert.Contains("1,194", f.Message);
    }

    [Theory]
    [InlineData("1,194 directly operated stores in 93 cities, approximately 66.4 million members")]
    [InlineData("about US$1.4 million, between US$2 million and US$12 million")]
    [InlineData("a distance of 2.125 kilometres and 1.5 times the cost")]
    [InlineData("a 3.125 inches screen and 1.375 gigawatts of capacity")]
    [InlineData("version 1.194.0 of the app")]
    [InlineData("in 2022, 1,2 and 3 were chosen")]
    public void Analyze_EnglishNumbers_NotFlagged(string input)
        => Assert.Empty(NumberTestEngine.Findings(input, Rule));

    [Theory]
    [InlineData("It opened 5 stores in 3 cities.", "It opened five stores in three cities.")]
    [InlineData("It grew 5% to 5 million on June 5 and 12 stores.", "It grew 5% to 5 million on June 5 and 12 stores.")]
    [InlineData("There will be about fifty or sixty, and twenty-one more.", "There will be about 50 or 60, and 21 more.")]
    [InlineData("Fifty people came; tens of thousands watched and twenty million paid.", "Fifty people came; tens of thousands watched and twenty million paid.")]
    public void Fix_ApStyle_SpellsOutOneToNine(string input, string expected)
        => Assert.Equal(expected, NumberTestEngine.Corrected(input, pipeline: NumberTestEngine.With(new NumberOptions { SpellOutBelowTen = true })));

    [Fact]
    public void Analyze_ApStyleOff_LeavesDigits()
        => Assert.Empty(NumberTestEngine.Findings("It opened 5 stores in 3 cities.", Rule));
}
