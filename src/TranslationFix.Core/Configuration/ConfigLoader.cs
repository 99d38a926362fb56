using TranslationFix.Core.Parsing;
using YamlDotNet.RepresentationModel;

namespace TranslationFix.Core.Configuration;

/// <summary>
/// Reads tfix.yaml strictly (as the glossary loader does): unknown keys, wrong shapes and unknown
/// values are errors naming the file and line. Reads text, never files.
/// <code>
/// root: true                      # do not look further up
/// language: en
/// pairs: [zh-en]
/// builtin_glossaries: true
/// glossaries: [house-names.yaml]  # relative to this file
/// rules: { punct: off, name.glossary: error }
/// style: { currency: us-dollar-prefix, number: ap }
/// include: ["**/*.md"]
/// exclude: [drafts/, "*.bak.md"]
/// fail_on: warning
/// </code>
/// </summary>
public static class ConfigLoader
{
    public static readonly IReadOnlyList<string> Keys =
        ["root", "language", "pairs", "builtin_glossaries", "glossaries", "disabled_entries", "rules", "style", "include", "exclude", "fail_on", "translator"];

    /// <summary>House styles and the values each may take.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> StyleValues = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // The number layer's house styles (Numbers/CurrencyStyle, NumberOptions).
        ["currency"] = ["auto", "us-dollar-prefix", "dollar-sign", "iso"],   // majority | US$30 million | $30 million | USD 30 million
        ["number"] = ["digits", "ap"],                                        // 5 stores | five stores (AP: one through nine spelled out)
        // Glossary entries of kind: preference (Ma Huateng → Pony Ma): reported only, or rewritten.
        ["names"] = ["as-written", "preferred"],
    };

    private static readonly string[] FailOnValues = ["error", "warning", "info", "never"];

    public static ConfigFile Parse(string yaml, string path)
    {
        var root = SafeYaml.Load(yaml, (line, reason) => new ConfigFormatException(path, line, reason));
        if (root is null or YamlScalarNode { Value: null or "" }) return new ConfigFile { Path = path };
        if (root is not YamlMappingNode map)
            throw Error(path, root, "tfix.yaml must be a mapping of settings ('language: en')");

        foreach (var key in map.Children.Keys)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
                throw Error(path, key, $"unknown key '{name}' (allowed: {string.Join(", ", Keys)})");
        }

        return new ConfigFile
        {
            Path = path,
            Root = Bool(map, "root", path),
            Language = Scalar(map, "language", path) is { } lang ? CheckLanguage(lang, path) : null,
            Pairs = Node(map, "pairs") is { } pairs ? new(List(pairs, "pairs", path).Select(v => v.Value).ToList(), path, Line(pairs)) : null,
            BuiltInGlossaries = Bool(map, "builtin_glossaries", path),
            Glossaries = Node(map, "glossaries") is { } g ? List(g, "glossaries", path) : [],
            DisabledEntries = Node(map, "disabled_entries") is { } d ? List(d, "disabled_entries", path) : [],
            Rules = ReadRules(map, path),
            Styles = ReadStyles(map, path),
            Translator = ReadTranslator(map, path),
            Include = Node(map, "include") is { } inc ? Globs(inc, "include", path) : null,
            Exclude = Node(map, "exclude") is { } exc ? Globs(exc, "exclude", path) : [],
            FailOn = OneOf(map, "fail_on", FailOnValues, path),
        };
    }

    private static ConfigValue<string> CheckLanguage(ConfigValue<string> lang, string path)
    {
        if (!Text.LanguageTags.IsKnown(lang.Value))
            throw new ConfigFormatException(path, lang.Line, $"'language': {Text.LanguageTags.Describe(lang.Value)}");
        return lang with { Value = lang.Value.ToLowerInvariant() };
    }

    private static Dictionary<string, ConfigValue<RuleSetting>> ReadRules(YamlMappingNode map, string path)
    {
        var result = new Dictionary<string, ConfigValue<RuleSetting>>(StringComparer.Ordinal);
        if (Node(map, "rules") is not { } node) return result;
        if (node is YamlScalarNode { Value: null or "" }) return result;
        if (node is not YamlMappingNode rules) throw Error(path, node, "'rules' must map rule ids to off, on, error, warning or info");
        foreach (var (key, value) in rules.Children)
        {
            string id = (key as YamlScalarNode)?.Value?.Trim() ?? "";
            if (id.Length == 0 || id.Contains(' ')) throw Error(path, key, $"'{id}' is not a rule id");
            string? text = (value as YamlScalarNode)?.Value;
            if (!RuleSetting.TryParse(text, out var setting))
                throw Error(path, value, $"rule '{id}': '{text}' is not one of off, on, error, warning, info");
            result[id] = new(setting, path, Line(value));
        }
        return result;
    }

    /// <summary>Azure Translator settings a team may share: endpoint and region; never the key.</summary>
    public static readonly IReadOnlyList<string> TranslatorKeys = ["endpoint", "region"];

    private static Dictionary<string, ConfigValue<string>> ReadTranslator(YamlMappingNode map, string path)
    {
        var result = new Dictionary<string, ConfigValue<string>>(StringComparer.Ordinal);
        if (Node(map, "translator") is not { } node) return result;
        if (node is not YamlMappingNode settings) throw Error(path, node, "'translator' must be a mapping (endpoint, region)");
        foreach (var (key, value) in settings.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name == "key") throw Error(path, key, "the translator key is never read from a file: set TFIX_TRANSLATOR_KEY");
            if (!TranslatorKeys.Contains(name))
                throw Error(path, key, $"unknown key '{name}' in translator (allowed: {string.Join(", ", TranslatorKeys)})");
            if (value is not YamlScalarNode { Value: { Length: > 0 } text }) throw Error(path, value, $"'translator.{name}' must be a single value");
            result[name] = new(text.Trim(), path, Line(value));
        }
        return result;
    }

    private static Dictionary<string, ConfigValue<string>> ReadStyles(YamlMappingNode map, string path)
    {
        var result = new Dictionary<string, ConfigValue<string>>(StringComparer.Ordinal);
        if (Node(map, "style") is not { } node) return result;
        if (node is not YamlMappingNode styles) throw Error(path, node, "'style' must be a mapping (currency, number)");
        foreach (var key in styles.Children.Keys)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (!StyleValues.TryGetValue(name, out var allowed))
                throw Error(path, key, $"unknown key '{name}' in style (allowed: {string.Join(", ", StyleValues.Keys)})");
            result[name] = OneOf(styles, name, allowed, path)!;
        }
        return result;
    }

    private static ConfigValue<string>? OneOf(YamlMappingNode map, string key, string[] allowed, string path)
    {
        if (Scalar(map, key, path) is not { } value) return null;
        string v = value.Value.Trim().ToLowerInvariant();
        if (!allowed.Contains(v))
            throw new ConfigFormatException(path, value.Line, $"'{key}' must be one of {string.Join(", ", allowed)}, not '{value.Value}'");
        return value with { Value = v };
    }

    private static IReadOnlyList<ConfigValue<GlobPattern>> Globs(YamlNode node, string key, string path) =>
        [.. List(node, key, path).Select(v => new ConfigValue<GlobPattern>(Glob(v, key, path), path, v.Line))];

    private static GlobPattern Glob(ConfigValue<string> value, string key, string path)
    {
        try
        {
            return new GlobPattern(value.Value);
        }
        catch (ArgumentException e)
        {
            throw new ConfigFormatException(path, value.Line, $"'{key}': {e.Message.Split(" (Parameter")[0]}");
        }
    }

    private static ConfigValue<bool>? Bool(YamlMappingNode map, string key, string path)
    {
        if (Scalar(map, key, path) is not { } value) return null;
        return value.Value.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" => new(true, path, value.Line),
            "false" or "no" => new(false, path, value.Line),
            _ => throw new ConfigFormatException(path, value.Line, $"'{key}' must be true or false, not '{value.Value}'"),
        };
    }

    private static ConfigValue<string>? Scalar(YamlMappingNode map, string key, string path) => Node(map, key) switch
    {
        null => null,
        YamlScalarNode { Value: null or "" } s => throw Error(path, s, $"'{key}' is empty"),
        YamlScalarNode s => new(s.Value!, path, Line(s)),
        var other => throw Error(path, other, $"'{key}' must be a single value"),
    };

    private static IReadOnlyList<ConfigValue<string>> List(YamlNode node, string key, string path) => node switch
    {
        YamlSequenceNode seq => [.. seq.Select(n => n is YamlScalarNode { Value: { Length: > 0 } v }
            ? new ConfigValue<string>(v.Trim(), path, Line(n))
            : throw Error(path, n, $"'{key}' must be a list of non-empty strings"))],
        YamlScalarNode { Value: null or "" } => [],
        _ => throw Error(path, node, $"'{key}' must be a list ([a, b] or '- a' lines)"),
    };

    private static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static ConfigFormatException Error(string path, YamlNode node, string reason) => new(path, Line(node), reason);
}
