using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Rules;

namespace TranslationFix.Cli.Commands;

/// <summary>Options every engine-running command shares (ConfiguredEngines turns them, with tfix.yaml, into an engine).</summary>
public sealed class CommonOptions
{
    public Option<string[]> Glossary { get; } = new("--glossary", "-g")
    {
        Description = "Add a glossary file or folder of *.yaml (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Pair { get; } = new("--pair")
    {
        Description = "Use the shipped glossaries of these language pairs only (e.g. zh-en)",
    };

    public Option<string> Language { get; } = new("--lang")
    {
        Description = "Language of the text to clean",
        DefaultValueFactory = _ => "en",
    };

    public Option<bool> NoBuiltIn { get; } = new("--no-builtin-glossaries")
    {
        Description = "Do not use the shipped glossaries",
    };

    public Option<string[]> Disable { get; } = new("--disable")
    {
        Description = "Switch off a rule or a rule family (e.g. punct, case.mid-sentence)",
    };

    public Option<string[]> DisableEntry { get; } = new("--disable-entry")
    {
        Description = "Switch off a shipped glossary entry by its canonical form (repeatable), e.g. --disable-entry \"Pony Ma\"",
    };

    public Option<string> CurrencyStyle { get; } = new("--currency-style")
    {
        Description = "How US-dollar amounts must be written: auto (the article's majority), us-dollar-prefix, dollar-sign, iso",
        DefaultValueFactory = _ => "auto",
    };

    public Option<bool> ApNumbers { get; } = new("--ap-numbers")
    {
        Description = "AP style: spell out one through nine in running text",
    };

    public IEnumerable<Option> AllOptions() => [Glossary, Pair, Language, NoBuiltIn, Disable, DisableEntry, CurrencyStyle, ApNumbers];

    public void AddTo(Command command)
    {
        foreach (var option in AllOptions()) command.Options.Add(option);
    }

    /// <summary>The number house style: --currency-style and --ap-numbers, else the tfix.yaml styles, else the defaults.</summary>
    public NumberOptions NumberOptions(ParseResult parse, IReadOnlyDictionary<string, string>? configStyles = null)
    {
        string? currency = ConfiguredEngines.Given(parse, CurrencyStyle) ? parse.GetValue(CurrencyStyle)
            : configStyles?.GetValueOrDefault("currency") ?? parse.GetValue(CurrencyStyle);
        return new NumberOptions
        {
            CurrencyStyle = CurrencyStyles.TryParse(currency, out var style) ? style
                : throw new CliException($"--currency-style: '{currency}' is not one of auto, us-dollar-prefix, dollar-sign, iso"),
            SpellOutBelowTen = parse.GetValue(ApNumbers) || configStyles?.GetValueOrDefault("number") == "ap",
        };
    }

    public static Option<string> FailOn(string defaultLevel) => new("--fail-on")
    {
        Description = "Exit 1 when a finding has at least this severity: error, warning, info or never",
        DefaultValueFactory = _ => defaultLevel,
    };

    /// <summary>Parses a --fail-on value; null means never fail.</summary>
    public static Severity? ParseFailOn(string? value)
    {
        if (string.Equals(value, "never", StringComparison.OrdinalIgnoreCase)) return null;
        if (Severities.TryParse(value, out var severity)) return severity;
        throw new CliException($"--fail-on: '{value}' is not one of error, warning, info, never");
    }
}
