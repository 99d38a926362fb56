using TranslationFix.Core.Configuration;
using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string Full = """
        root: true
        language: en
        pairs: [zh-en]
        builtin_glossaries: false
        glossaries:
          - house.yaml
        rules:
          punct: off
          name.glossary: error
          term.glossary: on
        style:
          currency: us-dollar-prefix
          number: ap
        include: ["**/*.md"]
        exclude: [drafts/]
        fail_on: error
        """;

    [Fact]
    public void Parse_EveryKey_ReadWithLines()
    {
        var config = ConfigLoader.Parse(Full, "/repo/tfix.yaml");
        Assert.True(config.Root!.Value);
        Assert.Equal("en", config.Language!.Value);
        Assert.Equal(2, config.Language.Line);
        Assert.Equal(["zh-en"], config.Pairs!.Value);
        Assert.False(config.BuiltInGlossaries!.Value);
        Assert.Equal("house.yaml", Assert.Single(config.Glossaries).Value);
        Assert.Equal(new RuleSetting(false, null), config.Rules["punct"].Value);
        Assert.Equal(new RuleSetting(true, Severity.Error), config.Rules["name.glossary"].Value);
        Assert.Equal(9, config.Rules["name.glossary"].Line);
        Assert.Equal(new RuleSetting(true, null), config.Rules["term.glossary"].Value);
        Assert.Equal("us-dollar-prefix", config.Styles["currency"].Value);
        Assert.Equal("**/*.md", Assert.Single(config.Include!).Value.Pattern);
        Assert.Equal("drafts/", Assert.Single(config.Exclude).Value.Pattern);
        Assert.Equal("error", config.FailOn!.Value);
        Assert.Equal("/repo/tfix.yaml:2", config.Language.Origin);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Parse_Empty_NothingSet(string yaml)
    {
        var config = ConfigLoader.Parse(yaml, "tfix.yaml");
        Assert.Null(config.Language);
        Assert.Empty(config.Rules);
    }

    [Theory]
    [InlineData("language: en\nlanguages: [zh]\n", 2, "unknown key 'languages'")]
    [InlineData("style:\n  currency: iso\n  colour: red\n", 3, "unknown key 'colour' in style")]
    [InlineData("style:\n  currency: dollars\n", 2, "'currency' must be one of auto, us-dollar-prefix, dollar-sign, iso")]
    [InlineData("rules:\n  punct: sometimes\n", 2, "rule 'punct': 'sometimes' is not one of")]
    [InlineData("rules: [punct]\n", 1, "'rules' must map")]
    [InlineData("language: [en]\n", 1, "'language' must be a single value")]
    [InlineData("language: english!\n", 1, "'language': 'english!' is not a language code")]
    [InlineData("language: klingon\n", 1, "'language': 'klingon' is not a language code")]
    [InlineData("root: maybe\n", 1, "'root' must be true or false")]
    [InlineData("fail_on: sometimes\n", 1, "'fail_on' must be one of error, warning, info, never")]
    [InlineData("exclude: drafts\n", 1, "'exclude' must be a list")]
    [InlineData("- a\n- b\n", 1, "must be a mapping")]
    [InlineData("language: en\n  bad: indent\n", 2, "")]
    public void Parse_Malformed_ThrowsWithFileAndLine(string yaml, int line, string reason)
    {
        var e = Assert.Throws<ConfigFormatException>(() => ConfigLoader.Parse(yaml, "news/tfix.yaml"));
        Assert.StartsWith($"news/tfix.yaml:{line}: ", e.Message);
        Assert.Contains(reason, e.Message);
    }
}
