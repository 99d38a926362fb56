using TranslationFix.Core.Configuration;
using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Tests.Configuration;

public sealed class EffectiveConfigTests
{
    private static ConfigFile Config(string path, string yaml) => ConfigLoader.Parse(yaml, path);

    private static readonly ConfigFile Outer = Config("/repo/tfix.yaml", """
        language: en
        pairs: [zh-en]
        glossaries: [g/outer.yaml]
        rules: { punct: off, name.glossary: error, term.glossary: info }
        style: { currency: iso, number: digits }
        exclude: ["*.bak.md"]
        fail_on: error
        """);

    private static readonly ConfigFile Inner = Config("/repo/news/tfix.yaml", """
        language: de
        glossaries: [inner.yaml]
        rules: { term.glossary: off }
        style: { currency: us-dollar-prefix }
        include: ["2024/**"]
        exclude: [drafts/]
        """);

    [Fact]
    public void Merge_NearestWins_ForSingleValuesRulesAndStyles()
    {
        var config = EffectiveConfig.Merge([Inner, Outer]);
        Assert.Equal("de", config.Language!.Value);
        Assert.Equal("/repo/news/tfix.yaml:1", config.Language.Origin);
        Assert.Equal(["zh-en"], config.Pairs!.Value);                       // only the outer sets it
        Assert.Equal("error", config.FailOn!.Value);
        Assert.False(config.Rules["term.glossary"].Value.Enabled);
        Assert.Equal(Severity.Error, config.Rules["name.glossary"].Value.Severity);
        Assert.Equal("us-dollar-prefix", config.Styles["currency"].Value);
        Assert.Equal("digits", config.Styles["number"].Value);
        var (disabled, severities) = config.ResolveRules(["name.glossary", "term.glossary", "punct.double-period"]);
        Assert.Equal(["term.glossary", "punct.double-period"], disabled);
        Assert.Equal(Severity.Error, Assert.Single(severities, s => s.Key == "name.glossary").Value);
    }

    [Theory]
    [InlineData("punct: off\npunct.double-period: on\n", "punct.ellipsis", "")]
    [InlineData("punct: off\npunct.double-period: error\n", "punct.ellipsis", "punct.double-period=Error")]
    [InlineData("punct: error\npunct.double-period: off\n", "punct.double-period", "punct.ellipsis=Error")]
    [InlineData("punct.double-period: info\n", "", "punct.double-period=Info")]
    public void ResolveRules_MostSpecificSettingWins(string rules, string expectedDisabled, string expectedSeverities)
    {
        var config = EffectiveConfig.Merge([ConfigLoader.Parse("rules:\n" + string.Join("", rules.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n")), "tfix.yaml")]);
        var (disabled, severities) = config.ResolveRules(["punct.double-period", "punct.ellipsis"]);
        Assert.Equal(expectedDisabled, string.Join(",", disabled));
        Assert.Equal(expectedSeverities, string.Join(",", severities.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}")));
    }

    [Theory]
    [InlineData("  name.glosary: off\n", "tfix.yaml:2: unknown rule or family 'name.glosary' (did you mean 'name.glossary'?)")]
    [InlineData("  punct.double-period: off\n  bogus: error\n", "tfix.yaml:3: unknown rule or family 'bogus' (see docs/rules.md for the list)")]
    public void ResolveRules_UnknownSelector_IsAnErrorAtItsLine(string rules, string expected)
    {
        var config = EffectiveConfig.Merge([ConfigLoader.Parse("rules:\n" + rules, "tfix.yaml")]);
        var error = Assert.Throws<ConfigFormatException>(() => config.ResolveRules(["name.glossary", "punct.double-period"]));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Merge_Glossaries_AddUpFarthestFirstResolvedAgainstTheirFile()
    {
        var config = EffectiveConfig.Merge([Inner, Outer]);
        Assert.Equal(["/repo/g/outer.yaml", "/repo/news/inner.yaml"], config.Glossaries.Select(g => g.Value));
    }

    [Fact]
    public void Merge_RootTrue_HidesFartherFiles()
    {
        var root = Config("/repo/news/tfix.yaml", "root: true\n");
        var config = EffectiveConfig.Merge([root, Outer]);
        Assert.Null(config.Language);
        Assert.Single(config.Files);
    }

    [Theory]
    [InlineData("/repo/news/2024/a.md", true)]
    [InlineData("/repo/news/2023/a.md", false)]           // not in the nearest include globs
    [InlineData("/repo/news/2024/drafts/a.md", false)]    // inner exclude
    [InlineData("/repo/news/2024/a.bak.md", false)]       // outer exclude still applies
    public void IsIncluded_GlobsRelativeToTheirFile(string path, bool expected)
    {
        Assert.Equal(expected, EffectiveConfig.Merge([Inner, Outer]).IsIncluded(path));
    }

    [Theory]
    [InlineData("/repo/news/2024/drafts/keep.md", true)]  // the inner "!" takes it back
    [InlineData("/repo/news/2024/drafts/a.md", false)]
    [InlineData("/repo/news/2024/old.bak.md", true)]      // a nearer "!" overrides a farther exclude
    [InlineData("/repo/news/2024/x.bak.md", false)]
    public void IsIncluded_NegatedGlob_LastMatchWins(string path, bool expected)
    {
        var inner = Config("/repo/news/tfix.yaml", "exclude: [drafts/, '!**/drafts/keep.md', '!old.bak.md']\ninclude: ['**', '!*.txt']\n");
        Assert.Equal(expected, EffectiveConfig.Merge([inner, Outer]).IsIncluded(path));
        Assert.False(EffectiveConfig.Merge([inner, Outer]).IsIncluded("/repo/news/2024/a.txt"));
    }

    [Fact]
    public void Describe_EveryValue_HasItsOrigin()
    {
        var lines = EffectiveConfig.Merge([Inner, Outer]).Describe();
        Assert.Contains(("language", "de", "/repo/news/tfix.yaml:1"), lines);
        Assert.Contains(("rules.punct", "off", "/repo/tfix.yaml:4"), lines);
        Assert.Contains(("style.currency", "us-dollar-prefix", "/repo/news/tfix.yaml:4"), lines);
        Assert.Contains(("exclude[]", "*.bak.md", "/repo/tfix.yaml:6"), lines);
        Assert.Contains(lines, l => l.Key == "builtin_glossaries" && l.Origin == "default");
    }

    [Fact]
    public void Empty_Defaults()
    {
        var config = EffectiveConfig.Empty;
        Assert.Null(config.Language);
        Assert.True(config.IsIncluded("/anywhere/a.md"));
        Assert.Equal("", config.Key);
    }
}
