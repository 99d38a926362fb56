using System.Text.RegularExpressions;
using TranslationFix.Core.Parsing;
using YamlDotNet.RepresentationModel;

namespace TranslationFix.Core.Glossary;

/// <summary>
/// Reads the YAML glossary format (see glossaries/README.md). Loading is strict, as in Vale:
/// unknown keys, wrong value shapes and bad regexes are errors carrying the file and line.
/// The loader reads text, never files: the caller supplies the text and a path for messages.
/// </summary>
public static class GlossaryLoader
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
        { "person", "organization", "product", "place", "publication", "event", "term" };

    private static readonly HashSet<string> EntryKeys = ["canonical", "source", "type", "variants", "action", "kind", "context", "derive", "note"];
    private static readonly HashSet<string> RuleKeys = ["pattern", "replace", "type", "action", "message", "ignore_case"];

    /// <summary>How long one regex rule may run on one text before it is abandoned.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(500);

    public static Glossary Parse(string yaml, string path, string? pair = null)
    {
        var root = SafeYaml.Load(yaml, (line, reason) => new GlossaryFormatException(path, line, reason));
        var entries = new List<GlossaryEntry>();
        var rules = new List<GlossaryRule>();
        if (root is null or YamlScalarNode { Value: null or "" }) return new Glossary(entries, rules, pair);
        if (root is not YamlSequenceNode items)
            throw Error(path, root, "a glossary must be a list of entries ('- canonical: ...')");

        foreach (var item in items)
        {
            if (item is not YamlMappingNode map)
                throw Error(path, item, "each item must be a mapping with 'canonical' or 'pattern'");
            if (Has(map, "pattern")) rules.Add(ReadRule(map, path));
            else entries.Add(ReadEntry(map, path));
        }
        return new Glossary(entries, rules, pair);
    }

    private static GlossaryEntry ReadEntry(YamlMappingNode map, string path)
    {
        CheckKeys(map, path, EntryKeys, "entry");
        var canonical = Scalar(map, "canonical", path)
            ?? throw Error(path, map, "entry needs 'canonical' (or 'pattern' for a rule)");
        if (string.IsNullOrWhiteSpace(canonical)) throw Error(path, map, "'canonical' is empty");
        var variants = List(map, "variants", path);
        foreach (var v in variants)
        {
            if (string.IsNullOrWhiteSpace(v)) throw Error(path, Node(map, "variants")!, "a variant is empty");
        }
        return new GlossaryEntry
        {
            Canonical = canonical.Trim(),
            Source = Scalar(map, "source", path)?.Trim(),
            Type = ReadType(map, path),
            Variants = variants,
            Action = ReadAction(map, path),
            Kind = ReadKind(map, path),
            Context = List(map, "context", path),
            Derive = ReadBool(map, "derive", path, true),
            Note = Scalar(map, "note", path),
            Location = new SourceLocation(path, Line(map)),
        };
    }

    private static GlossaryRule ReadRule(YamlMappingNode map, string path)
    {
        CheckKeys(map, path, RuleKeys, "rule");
        var pattern = Scalar(map, "pattern", path);
        if (string.IsNullOrEmpty(pattern)) throw Error(path, map, "'pattern' is empty");
        bool ignoreCase = ReadBool(map, "ignore_case", path, false);
        Regex regex;
        try
        {
            // Interpreted: compiling costs start-up (IL emitted and JIT-compiled on every run), and a
            // rule now runs only on texts holding its required words (GlossaryPatternCheck).
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            regex = new Regex(pattern, options, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            throw Error(path, Node(map, "pattern")!, $"bad regex: {FirstLine(e.Message)}");
        }
        var action = ReadAction(map, path);
        var replace = Scalar(map, "replace", path);
        if (replace is not null && action == GlossaryAction.Fix && SelfFeedingRules.Feeds(regex, replace) is { } grown)
            throw Error(path, Node(map, "replace")!,
                $"the replacement is matched by the rule's own pattern, so every run would change it again ('{Clip(replace)}' → '{Clip(grown)}'); make the pattern exclude its replacement (e.g. a lookahead)");
        return new GlossaryRule
        {
            Pattern = regex,
            Replace = action == GlossaryAction.Flag ? null : replace,
            Type = ReadType(map, path),
            Action = replace is null ? GlossaryAction.Flag : action,
            Message = Scalar(map, "message", path),
            IgnoreCase = ignoreCase,
            Location = new SourceLocation(path, Line(map)),
        };
    }

    private static string ReadType(YamlMappingNode map, string path)
    {
        var type = Scalar(map, "type", path)?.Trim() ?? "term";
        if (!Types.Contains(type))
            throw Error(path, Node(map, "type")!, $"unknown type '{type}' (expected one of {string.Join(", ", Types)})");
        return type;
    }

    private static GlossaryAction ReadAction(YamlMappingNode map, string path) =>
        Scalar(map, "action", path)?.Trim() switch
        {
            null or "fix" => GlossaryAction.Fix,
            "flag" => GlossaryAction.Flag,
            var other => throw Error(path, Node(map, "action")!, $"'action' must be fix or flag, not '{other}'"),
        };

    private static GlossaryKind ReadKind(YamlMappingNode map, string path) =>
        Scalar(map, "kind", path)?.Trim() switch
        {
            null or "error" => GlossaryKind.Error,
            "preference" => GlossaryKind.Preference,
            var other => throw Error(path, Node(map, "kind")!, $"'kind' must be error or preference, not '{other}'"),
        };

    private static bool ReadBool(YamlMappingNode map, string key, string path, bool fallback) =>
        Scalar(map, key, path)?.Trim().ToLowerInvariant() switch
        {
            null => fallback,
            "true" or "yes" => true,
            "false" or "no" => false,
            var other => throw Error(path, Node(map, key)!, $"'{key}' must be true or false, not '{other}'"),
        };

    private static void CheckKeys(YamlMappingNode map, string path, HashSet<string> allowed, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                throw Error(path, key, $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
        }
    }

    private static bool Has(YamlMappingNode map, string key) => Node(map, key) is not null;

    private static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key, string path) => Node(map, key) switch
    {
        null => null,
        YamlScalarNode s => s.Value,
        var other => throw Error(path, other, $"'{key}' must be a single value"),
    };

    private static IReadOnlyList<string> List(YamlMappingNode map, string key, string path) => Node(map, key) switch
    {
        null => [],
        YamlSequenceNode seq => [.. seq.Select(n => n is YamlScalarNode { Value: { } v } ? v.Trim()
            : throw Error(path, n, $"'{key}' must be a list of strings"))],
        YamlScalarNode { Value: null or "" } => [],
        var other => throw Error(path, other, $"'{key}' must be a list"),
    };

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static GlossaryFormatException Error(string path, YamlNode node, string reason) => new(path, Line(node), reason);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
