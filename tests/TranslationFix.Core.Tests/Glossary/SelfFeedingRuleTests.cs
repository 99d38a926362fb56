using TranslationFix.Core.Glossary;
using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Glossary;

/// <summary>A regex rule whose replacement its own pattern matches would grow the text on every run: the loader refuses it.</summary>
public sealed class SelfFeedingRuleTests
{
    [Fact]
    public void Parse_ReplacementMatchedByItsPattern_IsAnErrorOnTheReplaceLine()
    {
        const string yaml = "- pattern: '\\bEV\\b'\n  replace: electric vehicle (EV)\n";
        var e = Assert.Throws<GlossaryFormatException>(() => GlossaryLoader.Parse(yaml, "g.yaml"));
        Assert.Equal(2, e.Line);
        Assert.Contains("matched by the rule's own pattern", e.Message);
    }

    [Fact]
    public void Parse_GroupReferenceFeedingItself_IsAnError()
    {
        const string yaml = "- pattern: '(\\w+) Corp\\b'\n  replace: $1 Corp Corp\n";
        Assert.Throws<GlossaryFormatException>(() => GlossaryLoader.Parse(yaml, "g.yaml"));
    }

    [Fact]
    public void Parse_PatternExcludingItsReplacement_Loads()
    {
        const string yaml = "- pattern: '(?<!\\()\\bEV\\b(?!\\))'\n  replace: electric vehicle (EV)\n";
        var glossary = GlossaryLoader.Parse(yaml, "g.yaml");
        Assert.Single(glossary.Rules);
        Assert.Equal("an electric vehicle (EV) maker", TestEngine.Fix(yaml, "an EV maker"));
    }

    [Theory]
    [InlineData("'\\bceo\\b'", "CEO", true)]       // the replacement matches, but would stay as it is
    [InlineData("'(\\d+) per cent'", "$1 percent", false)]
    [InlineData("'\\bEV\\b'", "electric vehicle (EV)", false)]
    public void Parse_FlagRules_AreNeverSelfFeeding(string pattern, string replace, bool ignoreCase)
    {
        string yaml = $"- pattern: {pattern}\n  replace: {replace}\n  action: flag\n  ignore_case: {(ignoreCase ? "true" : "false")}\n";
        Assert.Single(GlossaryLoader.Parse(yaml, "g.yaml").Rules);
    }

    [Fact]
    public void Parse_CaseOnlyRule_Loads() =>
        Assert.Single(GlossaryLoader.Parse("- pattern: '\\bceo\\b'\n  replace: CEO\n  ignore_case: true\n", "g.yaml").Rules);
}
