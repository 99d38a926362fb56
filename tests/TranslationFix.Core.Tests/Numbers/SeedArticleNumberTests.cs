namespace TranslationFix.Core.Tests.Numbers;

/// <summary>The seed article's number rows (gold U01–U03, K03, K05, K09), held by the number layer alone.</summary>
public sealed class SeedArticleNumberTests
{
    private const string Article = """
        In terms of specific months, the number of financing events in May was the highest at 61, followed by 54 in June and March. From 50. The increase in the primary market has also led to the birth of various large models.

        Mutiny, which completed a $50 million Series B round of financing last year, also laid off 30% of its employees.

        As of June 30, Naixue’s Tea had opened 1,194 directly operated stores in 93 cities across the country, with a net increase of 126 stores and approximately 66.4 million members.

        As a research and development company of ChatGPT, OpenAI consumes 700,000 US dollars every day to operate ChatGPT.

        In addition, according to US media reports, due to the development of ChatGPT, OpenAI’s losses in 2022 have approximately doubled to US$540 million, but its revenue is only US$3 million. OpenAI CEO Sam Altman’s goal of revenue of US$200 million this year and US$1 billion next year will also be difficult to achieve.
        """;

    [Theory]
    [InlineData("Sam Altman’s goal of revenue of US$200 million this year and US$1 billion next year")]                                          // K03
    [InlineData("1,194 directly operated stores in 93 cities across the country, with a net increase of 126 stores and approximately 66.4 million members")] // K05
    [InlineData("OpenAI’s losses in 2022 have approximately doubled to US$540 million")]                                                        // K09
    [InlineData("US$700,000")]                                                                                                                    // U03
    public void Fix_SeedArticle_Contains(string expected)
        => Assert.Contains(expected, NumberTestEngine.Corrected(Article));

    [Theory]
    [InlineData("From 50.", "number.fragment")]                  // U01
    [InlineData("700,000 US dollars", "number.currency-style")]  // U02
    public void Check_SeedArticle_Flags(string text, string ruleId)
        => Assert.Contains(NumberTestEngine.Findings(Article), f => f.RuleId == ruleId && f.Text == text);
}
