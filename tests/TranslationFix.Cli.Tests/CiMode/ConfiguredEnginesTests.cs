using System.CommandLine;
using TranslationFix.Cli.Commands;
using TranslationFix.Core.Configuration;
using TranslationFix.Core.Rules;

namespace TranslationFix.Cli.Tests.CiMode;

public sealed class ConfiguredEnginesTests
{
    private static readonly EffectiveConfig Config = EffectiveConfig.Merge([ConfigLoader.Parse("""
        language: de
        pairs: [zh-de]
        builtin_glossaries: true
        rules: { punct: off, name.glossary: error }
        fail_on: error
        """, "/repo/tfix.yaml")]);

    private static (CommonOptions Common, ParseResult Parse, Option<string> FailOn) Parse(string commandLine)
    {
        var common = new CommonOptions();
        var failOn = CommonOptions.FailOn("warning");
        var command = new Command("check");
        common.AddTo(command);
        command.Options.Add(failOn);
        return (common, command.Parse(commandLine), failOn);
    }

    [Fact]
    public void Options_NothingOnCommandLine_ConfigValues()
    {
        var (common, parse, failOn) = Parse("");
        var options = ConfiguredEngines.Options(common, parse, Config);
        Assert.Equal("de", options.Language);
        Assert.Equal(["zh-de"], options.Pairs);
        Assert.True(options.UseBuiltInGlossaries);
        // "punct: off" switches off every rule of the family (resolved against the known rule ids).
        Assert.Contains("punct.double-period", options.DisabledRules);
        Assert.All(options.DisabledRules, r => Assert.StartsWith("punct", r));
        Assert.Equal(Severity.Error, options.SeverityOverrides["name.glossary"]);
        Assert.Equal("error", ConfiguredEngines.FailOn(parse, failOn, Config, "warning"));
    }

    [Fact]
    public void Options_CommandLine_WinsOrAdds()
    {
        var (common, parse, failOn) = Parse("--lang en --pair zh-en --no-builtin-glossaries --disable term --fail-on info");
        var options = ConfiguredEngines.Options(common, parse, Config);
        Assert.Equal("en", options.Language);
        Assert.Equal(["zh-en"], options.Pairs);
        Assert.False(options.UseBuiltInGlossaries);
        Assert.Contains("punct.double-period", options.DisabledRules);
        Assert.Equal("term", options.DisabledRules[^1]);   // the command line adds to the config
        Assert.Equal("info", ConfiguredEngines.FailOn(parse, failOn, Config, "warning"));
    }

    [Fact]
    public void Options_NoConfig_Defaults()
    {
        var (common, parse, failOn) = Parse("");
        var options = ConfiguredEngines.Options(common, parse, EffectiveConfig.Empty);
        Assert.Equal("en", options.Language);
        Assert.Empty(options.Pairs);
        Assert.True(options.UseBuiltInGlossaries);
        Assert.Equal("warning", ConfiguredEngines.FailOn(parse, failOn, EffectiveConfig.Empty, "warning"));
    }

    [Fact]
    public void Options_ConfiguredGlossaryMissing_ErrorAtItsLine()
    {
        var config = EffectiveConfig.Merge([ConfigLoader.Parse("language: en\nglossaries: [missing.yaml]\n", "/nowhere/tfix.yaml")]);
        var (common, parse, _) = Parse("");
        var e = Assert.Throws<CliException>(() => ConfiguredEngines.Options(common, parse, config));
        Assert.Equal("/nowhere/tfix.yaml:2: glossary '/nowhere/missing.yaml' not found", e.Message);
    }
}
