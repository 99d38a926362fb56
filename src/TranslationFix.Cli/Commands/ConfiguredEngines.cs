using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Configuration;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// Engines for files under different tfix.yaml files: the options a file gets are the command
/// line's, then its nearest configuration's, then the defaults. One engine is built per distinct
/// set of config files and reused for every file that shares it.
/// </summary>
public sealed class ConfiguredEngines(CommonOptions common, ParseResult parse)
{
    private readonly Dictionary<string, TranslationFixEngine> _engines = new(StringComparer.Ordinal);

    public IEnumerable<TranslationFixEngine> All => _engines.Values;

    public TranslationFixEngine For(EffectiveConfig config)
    {
        if (_engines.TryGetValue(config.Key, out var engine)) return engine;
        var options = Options(common, parse, config);
        try
        {
            engine = TranslationFixEngine.Create(options);
        }
        catch (ArgumentException e) when (e.Message.StartsWith("no built-in glossary", StringComparison.Ordinal))
        {
            throw new CliException(config.Pairs is { } p ? $"{p.Origin}: {e.Message}" : e.Message);
        }
        return _engines[config.Key] = engine;
    }

    /// <summary>Command line first, then tfix.yaml, then the defaults.</summary>
    public static EngineOptions Options(CommonOptions common, ParseResult parse, EffectiveConfig config)
    {
        // A glossary named in tfix.yaml that is not there is reported at the line that names it.
        foreach (var g in config.Glossaries)
        {
            if (!File.Exists(g.Value) && !Directory.Exists(g.Value))
                throw new CliException($"{g.Origin}: glossary '{g.Value}' not found");
        }
        var rules = ResolveRules(config);
        string[] disabled = parse.GetValue(common.Disable) ?? [];
        foreach (var selector in disabled)
        {
            if (!RuleSelectors.IsKnown(selector, KnownRuleIds.Value))
                throw new CliException($"--disable: {RuleSelectors.UnknownMessage(selector, KnownRuleIds.Value)}");
        }
        string language = Given(parse, common.Language) ? parse.GetValue(common.Language)! : config.Language?.Value ?? "en";
        if (!LanguageTags.IsKnown(language)) throw new CliException($"--lang: {LanguageTags.Describe(language)}");
        string[] cliPairs = parse.GetValue(common.Pair) ?? [];
        // An entry switched off by a misspelled name would silently stay on.
        foreach (var entry in config.DisabledEntries)
        {
            if (!ShippedCanonicals.Value.Contains(MatchKey.Of(entry.Value)))
                throw new CliException($"{entry.Origin}: 'disabled_entries': no shipped glossary entry is named '{entry.Value}' (see 'tfix glossary list')");
        }
        foreach (var entry in parse.GetValue(common.DisableEntry) ?? [])
        {
            if (!ShippedCanonicals.Value.Contains(MatchKey.Of(entry)))
                throw new CliException($"--disable-entry: no shipped glossary entry is named '{entry}' (see 'tfix glossary list')");
        }
        return new EngineOptions
        {
            Language = language,
            Pairs = cliPairs.Length > 0 ? cliPairs : config.Pairs?.Value ?? [],
            UseBuiltInGlossaries = !parse.GetValue(common.NoBuiltIn) && (config.BuiltInGlossaries?.Value ?? true),
            Glossaries = [.. GlossaryFiles.Load(config.Glossaries.Select(g => g.Value)), .. GlossaryFiles.Load(parse.GetValue(common.Glossary) ?? [])],
            DisabledRules = [.. rules.Disabled, .. disabled],
            SeverityOverrides = rules.Severities,
            DisabledEntries = [.. config.DisabledEntries.Select(e => e.Value), .. parse.GetValue(common.DisableEntry) ?? []],
            FixPreferences = config.Styles.TryGetValue("names", out var names) && names.Value == "preferred",
            Numbers = common.NumberOptions(parse, config.Styles.ToDictionary(s => s.Key, s => s.Value.Value)),
        };
    }

    // The canonical forms of every shipped pair, as the glossary matches them (case and spacing aside).
    private static readonly Lazy<HashSet<string>> ShippedCanonicals = new(() =>
        [.. BuiltInGlossaries.Pairs.SelectMany(p => BuiltInGlossaries.For(p).Entries).Select(e => MatchKey.Of(e.Canonical))]);

    private static (IReadOnlyList<string> Disabled, IReadOnlyDictionary<string, Severity> Severities) ResolveRules(EffectiveConfig config)
    {
        try
        {
            return config.ResolveRules(KnownRuleIds.Value);
        }
        catch (ConfigFormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>
    /// Every rule tfix can report: the built-in checks' (the catalogue does not depend on
    /// glossary content) and the translator's.
    /// </summary>
    public static readonly Lazy<IReadOnlyList<string>> KnownRuleIds = new(() =>
        [.. new CheckPipelineBuilder().UseDefaults(new CompiledGlossary(new Glossary([], []))).Build().Rules.Select(r => r.Id),
         TranslationFix.Translation.Retranslation.UntranslatedTextDetector.Rule.Id]);

    /// <summary>--fail-on from the command line, else tfix.yaml, else <paramref name="fallback"/>.</summary>
    public static string FailOn(ParseResult parse, Option<string> option, EffectiveConfig config, string fallback) =>
        Given(parse, option) ? parse.GetValue(option)! : config.FailOn?.Value ?? fallback;

    /// <summary>True when the user typed the option (not just its default).</summary>
    public static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
