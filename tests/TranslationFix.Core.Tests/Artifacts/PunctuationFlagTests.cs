using TranslationFix.Core.Checks.Punctuation;
using TranslationFix.Core.Text;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

public sealed class PunctuationFlagTests
{
    [Theory]
    [InlineData("He said “we will win. Then he left.", "en", 8)]
    [InlineData("He left.” Then he came back.", "en", 8)]
    [InlineData("He said \"yes and left.", "en", 8)]
    [InlineData("Er sagte „ja und ging.", "de", 9)]
    [InlineData("Il a dit « oui et il est parti.", "fr", 9)]
    public void Analyze_UnbalancedQuote_FlagsTheLoneMark(string input, string language, int offset)
    {
        var finding = Assert.Single(Analyze(new UnbalancedQuoteCheck(), input, language));
        Assert.Equal(offset, finding.Span.Start);
        Assert.Null(finding.Replacement);
    }

    [Theory]
    [InlineData("He said “we will win” and left.", "en")]
    [InlineData("Er sagte „Nein“ und ging.", "de")]                        // German „…“ is balanced
    [InlineData("Il a dit « oui » et il est parti.", "fr")]
    [InlineData("A 27\" screen and a 32\" one.", "en")]                    // inch marks
    [InlineData("“We will fight,” she said.\n\n“We will win.”", "en")]
    [InlineData("“The first paragraph runs on.\n\n“And the quotation ends here.”", "en")]   // newspaper style
    public void Analyze_BalancedQuotes_NoFinding(string input, string language) =>
        Assert.Empty(Analyze(new UnbalancedQuoteCheck(), input, language));

    [Theory]
    [InlineData("the former Chief Technology Officer (CTO of Luckin.", 36)]
    [InlineData("the former CTO) of Luckin.", 14)]
    [InlineData("a list [one, two) here", 16)]
    public void Analyze_UnbalancedBracket_FlagsIt(string input, int offset)
    {
        var findings = Analyze(new UnbalancedBracketCheck(), input);
        Assert.Contains(findings, f => f.Span.Start == offset && f.Replacement is null);
    }

    [Theory]
    [InlineData("the former Chief Technology Officer (CTO) of Luckin.")]
    [InlineData("Choose a) tea or b) coffee.")]
    [InlineData("1) first\n2) second")]
    [InlineData("Nice :) see you")]
    [InlineData("(a [nested] one)")]
    public void Analyze_BalancedBrackets_NoFinding(string input) =>
        Assert.Empty(Analyze(new UnbalancedBracketCheck(), input));

    [Theory]
    [InlineData(DocumentFormat.Markdown)]
    [InlineData(DocumentFormat.Plain)]
    public void Analyze_MarkdownLinks_AreBalanced(DocumentFormat format) =>
        Assert.Empty(Analyze(new UnbalancedBracketCheck(), "See [the docs](https://example.com/docs) and [more](https://example.com).", format: format));
}
