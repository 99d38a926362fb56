using TranslationFix.Core.Suppressions;
using TranslationFix.Core.Tests.Reporting;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Suppressions;

public sealed class SuppressionMapTests
{
    private static IEnumerable<string> Remaining(string text) =>
        CiTestEngine.Clean(text).Findings.Select(f => $"{f.Line}:{f.RuleId}:{f.Text}");

    [Theory]
    // Whole stretches.
    [InlineData("<!-- tfix-disable -->\nNaixue, big model.\n<!-- tfix-enable -->\nNaixue.", "4:name.glossary:Naixue")]
    [InlineData("<!-- tfix-disable name.glossary -->\nNaixue, big model.\n", "2:term.glossary:big model")]
    [InlineData("<!-- tfix-disable name.glossary, term.glossary -->\nNaixue, big model.\n", "")]
    [InlineData("<!-- tfix-disable name term -->\nNaixue, big model.\n", "")]                 // families
    [InlineData("<!-- tfix-disable nam -->\nNaixue.\n", "2:name.glossary:Naixue")]             // not a family: a prefix of a word
    [InlineData("<!-- tfix-disable -->\nNaixue.\n<!-- tfix-enable name.glossary -->\nNaixue.", "")]  // enabling one rule does not reopen an all-rules stretch
    [InlineData("<!-- tfix-disable name.glossary -->\nNaixue.\n<!-- tfix-enable name.glossary -->\nNaixue.", "4:name.glossary:Naixue")]
    // Single lines.
    [InlineData("<!-- tfix-disable-next-line -->\nNaixue, big model.\nNaixue.", "3:name.glossary:Naixue")]
    [InlineData("<!-- tfix-disable-next-line term.glossary -->\nNaixue, big model.\n", "2:name.glossary:Naixue")]
    [InlineData("Naixue, big model. <!-- tfix-disable-line name.glossary -->\nNaixue.", "1:term.glossary:big model|2:name.glossary:Naixue")]
    [InlineData("Naixue.\n<!-- tfix-disable-next-line -->", "1:name.glossary:Naixue")]          // nothing follows: nothing suppressed
    // Not directives.
    [InlineData("tfix-disable\nNaixue.", "2:name.glossary:Naixue")]
    [InlineData("<!-- tfix-disabled -->\nNaixue.", "2:name.glossary:Naixue")]
    public void Analyze_SuppressionComments_HideFindings(string text, string expected)
    {
        Assert.Equal(expected, string.Join("|", Remaining(text)));
    }

    [Fact]
    public void Fix_SuppressedFinding_IsNotFixed()
    {
        const string text = "<!-- tfix-disable-next-line -->\nNaixue said so.\nNaixue said so.\n";
        var result = CiTestEngine.Clean(text);
        Assert.Equal("<!-- tfix-disable-next-line -->\nNaixue said so.\nNayuki said so.\n", result.Corrected.Text);
    }

    [Fact]
    public void Fix_WholeFileDisabled_TextUnchanged()
    {
        const string text = "<!-- tfix-disable -->\nNaixue and the big model.\n";
        Assert.Equal(text, CiTestEngine.Clean(text).Corrected.Text);
    }

    [Fact]
    public void AnalyzeAll_SuppressedFinding_StillCountable()
    {
        var document = Document.Create("<!-- tfix-disable -->\nNaixue, big model.\n", DocumentFormat.Markdown);
        var all = CiTestEngine.Create().Pipeline.AnalyzeAll(document);
        var suppressed = SuppressionMap.For(document).Suppressed(all);
        Assert.Equal(2, suppressed.Count);
        Assert.Empty(CiTestEngine.Create().Pipeline.Analyze(document));
    }

    [Fact]
    public void Scan_NoDirective_Empty()
    {
        Assert.Same(SuppressionMap.Empty, SuppressionMap.Scan("Plain text with <!-- a comment -->."));
    }

    [Fact]
    public void Scan_MultiLineComment_DisablesLineAfterItsEnd()
    {
        var map = SuppressionMap.Scan("<!-- tfix-disable-next-line\n  name.glossary -->\nNaixue\n");
        var only = Assert.Single(map.Suppressions);
        Assert.Equal(["name.glossary"], only.Rules);
        Assert.Equal("Naixue\n", "<!-- tfix-disable-next-line\n  name.glossary -->\nNaixue\n".Substring(only.Span.Start, only.Span.Length));
    }
}
