using TranslationFix.Core.Checks.Boilerplate;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

public sealed class BoilerplateTests
{
    private const string Article = "Markets rallied on Friday.\n\nPerhaps, for large model companies, it is time to rethink the feasibility of their business models.";

    internal const string GateFooter = """


        View Original
        This page may contain third-party content, which is provided for information purposes only (not representations/warranties) and should not be considered as an endorsement of its views by Gate, nor as financial or professional advice. See Disclaimer for details.
          • Reward
          • Comment
          • Repost
          • Share
        Comment
        0/400
        No comments
        Trade Crypto Anywhere Anytime
        qrCode
        Scan to download Gate App
        Community
        English
          • 简体中文
          • English
          • Tiếng Việt
          • Español
          • Русский
          • Français (Afrique)
          • 日本語
          • العربية
          • Português (Brasil)
        """;

    [Fact]
    public void Fix_ScrapedFooter_RemovedWholeAndLastSentenceKept()
    {
        string fixedText = FixIdempotent(new ScrapedBoilerplateCheck(), Article + GateFooter);
        Assert.Equal(Article, fixedText);
    }

    [Fact]
    public void Analyze_ScrapedFooter_IsOneFinding()
    {
        var finding = Assert.Single(Analyze(new ScrapedBoilerplateCheck(), Article + GateFooter));
        Assert.Equal("boilerplate.scraped-footer", finding.RuleId);
        Assert.Equal("", finding.Replacement);
    }

    [Theory]
    [InlineData("Article text ends here with a full sentence.\n\nView Original\n", "Article text ends here with a full sentence.\n")]
    [InlineData("Article text ends here with a full sentence.\r\n\r\nShare\r\nComment\r\n12 likes\r\n", "Article text ends here with a full sentence.\r\n")]
    [InlineData("Article text ends here.\n\n简体中文\nEnglish\nEspañol", "Article text ends here.")]
    [InlineData("Article text ends here.\n\nDisclaimer: The content of this article only represents the author's views and does not constitute investment advice.\nLike\nCollect", "Article text ends here.")]
    [InlineData("Article text ends here.\n\nCopyright (c) 2020, Example Media.\nAll rights reserved.", "Article text ends here.")]
    [InlineData("Article text ends here.\nView Original\nShare", "Article text ends here.")]
    [InlineData("Article text ends here.\n\n- END -\n\nStatement: this article is reproduced from the web and the copyright belongs to the original author. If there is any infringement, please contact us to delete it.\nLong press to identify the QR code", "Article text ends here.")]
    [InlineData("Article text ends here.\n\nShare to:\nWeChat\nWeibo\n© 2023 Example Media. All rights reserved.", "Article text ends here.")]
    public void Fix_ShortFooters_Removed(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new ScrapedBoilerplateCheck(), input));

    [Fact]
    public void Fix_ScrapedHeader_RemovedButTitleKept()
    {
        const string input = "Market Wrap\nShare\nRepost\nScan to download the App\n\nStocks rose on Friday as investors cheered the jobs report.";
        Assert.Equal("Market Wrap\nStocks rose on Friday as investors cheered the jobs report.",
            FixIdempotent(new ScrapedBoilerplateCheck(), input));
    }

    [Theory]
    [InlineData("Stocks rose on Friday.\n\nShare prices fell later, and comments were muted.")]      // article prose, not a menu
    [InlineData("Stocks rose on Friday.\n\nEnglish")]                                              // one weak sign only
    [InlineData("Stocks rose on Friday.\n\n(Reporting by Jane Doe; Editing by John Smith)")]
    [InlineData("View Original\nShare")]
    [InlineData("The company said it was pleased.\n\nThis product contains software that is\ncopyright (c) 2021, Oracle and/or its affiliates.")]
    [InlineData("The company said it was pleased.\n\n```\nShare\nView Original\n```")]
    [InlineData("Copyright © 1991-2020 Unicode, Inc. All rights reserved.\n\nThis licence applies to the data files and the software below.")]
    [InlineData("Asked about the deal, the spokesman was brief.\n\n“No comments,” he said.\nShare")]
    [InlineData("The firm said the move does not constitute a breach.\n\nIt should not be considered as final.")]                                                            // nothing but furniture: leave it
    [InlineData("The company said it would share the report.\n\nAnalysts expect a comment from the board next week.")]
    public void Fix_ArticleText_NeverRemoved(string input) =>
        Assert.Equal(input, FixIdempotent(new ScrapedBoilerplateCheck(), input));
}
