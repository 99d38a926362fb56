namespace TranslationFix.Core.Configuration;

/// <summary>
/// One parsed tfix.yaml. Every value remembers the line it was written on; null means the file
/// does not set it. Relative glossary paths are resolved against <see cref="Directory"/>.
/// </summary>
public sealed record ConfigFile
{
    public const string FileName = "tfix.yaml";

    public required string Path { get; init; }

    /// <summary>The folder holding the file: globs and glossary paths are relative to it.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? "";

    /// <summary>Stop looking for tfix.yaml files in folders further up.</summary>
    public ConfigValue<bool>? Root { get; init; }

    public ConfigValue<string>? Language { get; init; }
    public ConfigValue<IReadOnlyList<string>>? Pairs { get; init; }
    public ConfigValue<bool>? BuiltInGlossaries { get; init; }
    public IReadOnlyList<ConfigValue<string>> Glossaries { get; init; } = [];

    /// <summary>Shipped glossary entries switched off, by canonical form.</summary>
    public IReadOnlyList<ConfigValue<string>> DisabledEntries { get; init; } = [];
    public IReadOnlyDictionary<string, ConfigValue<RuleSetting>> Rules { get; init; } = new Dictionary<string, ConfigValue<RuleSetting>>();
    public IReadOnlyDictionary<string, ConfigValue<string>> Styles { get; init; } = new Dictionary<string, ConfigValue<string>>();

    /// <summary>Azure Translator endpoint and region (the key only ever comes from the environment).</summary>
    public IReadOnlyDictionary<string, ConfigValue<string>> Translator { get; init; } = new Dictionary<string, ConfigValue<string>>();
    public IReadOnlyList<ConfigValue<GlobPattern>>? Include { get; init; }
    public IReadOnlyList<ConfigValue<GlobPattern>> Exclude { get; init; } = [];
    public ConfigValue<string>? FailOn { get; init; }
}
