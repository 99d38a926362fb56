namespace TranslationFix.Core.Tests.Numbers;

public sealed class NumberFragmentCheckTests
{
    private const string Rule = "number.fragment";

    [Theory]
    [InlineData("The number of financing events in May was the highest at 61, followed by 54 in June and March. From 50. The increase continued.", "From 50.")]
    [InlineData("Sales rose in the first quarter. To 30%. Costs fell.", "To 30%.")]
    [InlineData("Prices went up again. 1,200. Buyers waited.", "1,200.")]
    public void Analyze_NumberAsSentence_Flagged(string input, string fragment)
    {
        var f = Assert.Single(NumberTestEngine.Findings(input, Rule));
        Assert.Equal(fragment, f.Text);
        Assert.Null(f.Replacement);
    }

    [Theory]
    [InlineData("Training GPT-3 once costs about US$1.4 million. For larger models it is more.")]
    [InlineData("01 He Gang chases the trend")]                                  // a heading number
    [InlineData("3.\n\nIn 2020, sales rose. They fell in 2021.")]                // a list number on its own
    [InlineData("Steps:\n1. Revenue grew.\n2. Costs fell.")]                     // numbered list lines
    [InlineData("Chapter 42 founder Qu Kai spoke. There will be about fifty or sixty.")]
    [InlineData("1,194 directly operated stores in 93 cities across the country, with a net increase of 126 stores and approximately 66.4 million members.")]
    public void Analyze_Statements_NotFlagged(string input)
        => Assert.Empty(NumberTestEngine.Findings(input, Rule));
}
