using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Engine;

/// <summary>How to build an engine. Plain data with defaults, bindable from tfix.yaml.</summary>
public sealed record EngineOptions
{
    /// <summary>Language of the texts to clean (the glossaries' target language).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Shipped language pairs to use ("zh-en"); empty: every pair whose target is <see cref="Language"/>.</summary>
    public IReadOnlyList<string> Pairs { get; init; } = [];

    /// <summary>Use the shipped glossaries at all.</summary>
    public bool UseBuiltInGlossaries { get; init; } = true;

    /// <summary>Extra glossaries (already loaded) added to the shipped ones.</summary>
    public IReadOnlyList<Glossary.Glossary> Glossaries { get; init; } = [];

    /// <summary>Shipped glossary entries to switch off, by canonical form ("Pony Ma").</summary>
    public IReadOnlyList<string> DisabledEntries { get; init; } = [];

    /// <summary>Rewrite correct names to the preferred ones of <c>kind: preference</c> entries (style.names: preferred).</summary>
    public bool FixPreferences { get; init; }

    /// <summary>Rule ids or families ("punct") to switch off.</summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];

    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    public int MaxPasses { get; init; } = Fixer.DefaultMaxPasses;

    /// <summary>House style for numbers (currency style, AP spelling of one to nine).</summary>
    public Numbers.NumberOptions Numbers { get; init; } = new();
}
