using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Configuration;

/// <summary>
/// The settings that apply to one file: the tfix.yaml files found walking up from it, merged as
/// .editorconfig does (nearest wins). Single values and each rule or style come from the nearest
/// file that sets them; glossaries and exclude globs add up over all files; include globs come
/// from the nearest file that has any. Each value keeps its origin for <c>tfix config show</c>.
/// </summary>
public sealed class EffectiveConfig
{
    public static EffectiveConfig Empty { get; } = Merge([]);

    private EffectiveConfig() { }

    /// <summary>The files merged, nearest first.</summary>
    public IReadOnlyList<ConfigFile> Files { get; private init; } = [];

    public ConfigValue<string>? Language { get; private init; }
    public ConfigValue<IReadOnlyList<string>>? Pairs { get; private init; }
    public ConfigValue<bool>? BuiltInGlossaries { get; private init; }
    public ConfigValue<string>? FailOn { get; private init; }

    /// <summary>Glossary paths, resolved against their config's folder; farthest config first.</summary>
    public IReadOnlyList<ConfigValue<string>> Glossaries { get; private init; } = [];
    public IReadOnlyList<ConfigValue<string>> DisabledEntries { get; private init; } = [];

    public IReadOnlyDictionary<string, ConfigValue<RuleSetting>> Rules { get; private init; } = new Dictionary<string, ConfigValue<RuleSetting>>();
    public IReadOnlyDictionary<string, ConfigValue<string>> Styles { get; private init; } = new Dictionary<string, ConfigValue<string>>();
    public IReadOnlyDictionary<string, ConfigValue<string>> Translator { get; private init; } = new Dictionary<string, ConfigValue<string>>();

    private ConfigFile? IncludeOwner { get; init; }

    /// <summary>A key naming exactly which files were merged: equal keys give equal engines.</summary>
    public string Key => string.Join('|', Files.Select(f => f.Path));

    /// <summary>Merges config files given nearest first; a file with <c>root: true</c> hides those after it.</summary>
    public static EffectiveConfig Merge(IReadOnlyList<ConfigFile> nearestFirst)
    {
        var files = new List<ConfigFile>();
        foreach (var file in nearestFirst)
        {
            files.Add(file);
            if (file.Root?.Value == true) break;
        }
        var farthestFirst = Enumerable.Reverse(files).ToList();
        var rules = new Dictionary<string, ConfigValue<RuleSetting>>(StringComparer.Ordinal);
        var styles = new Dictionary<string, ConfigValue<string>>(StringComparer.Ordinal);
        var translator = new Dictionary<string, ConfigValue<string>>(StringComparer.Ordinal);
        foreach (var file in farthestFirst)
        {
            foreach (var (name, value) in file.Translator) translator[name] = value;
            foreach (var (id, setting) in file.Rules) rules[id] = setting;
            foreach (var (name, style) in file.Styles) styles[name] = style;
        }
        return new EffectiveConfig
        {
            Files = files,
            Language = files.Select(f => f.Language).FirstOrDefault(v => v is not null),
            Pairs = files.Select(f => f.Pairs).FirstOrDefault(v => v is not null),
            BuiltInGlossaries = files.Select(f => f.BuiltInGlossaries).FirstOrDefault(v => v is not null),
            FailOn = files.Select(f => f.FailOn).FirstOrDefault(v => v is not null),
            Glossaries = [.. farthestFirst.SelectMany(f => f.Glossaries.Select(g => g with { Value = Path.GetFullPath(g.Value, Path.GetFullPath(f.Directory)) }))],
            DisabledEntries = [.. farthestFirst.SelectMany(f => f.DisabledEntries)],
            Rules = rules,
            Styles = styles,
            Translator = translator,
            IncludeOwner = files.FirstOrDefault(f => f.Include is not null),
        };
    }

    /// <summary>
    /// What the <c>rules</c> settings mean for the rules a pipeline has: for each known rule id the
    /// most specific setting that covers it decides (<c>punct: off</c> with
    /// <c>punct.double-period: warning</c> keeps that one rule, at warning), so families resolve
    /// to exact ids. A setting that covers no known rule is a typo: it is an error at its line.
    /// </summary>
    /// <exception cref="ConfigFormatException">a selector names no known rule or family.</exception>
    public (IReadOnlyList<string> Disabled, IReadOnlyDictionary<string, Severity> Severities) ResolveRules(IEnumerable<string> knownRuleIds)
    {
        var known = knownRuleIds.Distinct(StringComparer.Ordinal).ToList();
        var disabled = new List<string>();
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var id in known)
        {
            var selector = Rules.Keys.Where(k => RuleIdPattern.Covers(k, id)).MaxBy(k => k.Length);
            if (selector is not null) Apply(id, Rules[selector].Value);
        }
        foreach (var (selector, setting) in Rules)
        {
            if (!RuleSelectors.IsKnown(selector, known))
                throw new ConfigFormatException(setting.Path, setting.Line, RuleSelectors.UnknownMessage(selector, known));
        }
        return (disabled, severities);

        void Apply(string id, RuleSetting setting)
        {
            if (!setting.Enabled) disabled.Add(id);
            else if (setting.Severity is { } severity) severities[id] = severity;
        }
    }

    /// <summary>False when an exclude glob matches the file, or include globs exist and none matches.</summary>
    public bool IsIncluded(string fullPath) => ExcludedBy(fullPath) is null && (IncludeOwner is null || IncludedBy(fullPath));

    /// <summary>
    /// The exclude glob that excludes the file, if any: over all files, farthest first, the last
    /// glob that matches decides, and a matching "!glob" takes the file back.
    /// </summary>
    public ConfigValue<GlobPattern>? ExcludedBy(string fullPath)
    {
        ConfigValue<GlobPattern>? last = null;
        foreach (var file in Enumerable.Reverse(Files))
        {
            string? relative = RelativeTo(file, fullPath);
            if (relative is not null && GlobPattern.Decide(file.Exclude, g => g.Value, relative) is { } hit) last = hit;
        }
        return last is { Value.Negated: false } ? last : null;
    }

    /// <summary>True when some tfix.yaml has include globs.</summary>
    public bool HasIncludes => IncludeOwner is not null;

    /// <summary>Whether the file matches the include globs (true when there are none).</summary>
    public bool IncludedBy(string fullPath)
    {
        if (IncludeOwner is null) return true;
        string? relative = RelativeTo(IncludeOwner, fullPath);
        return relative is not null && GlobPattern.Decide(IncludeOwner.Include!, g => g.Value, relative) is { Value.Negated: false };
    }

    /// <summary>One line per setting, "key: value  # origin", for <c>tfix config show</c>.</summary>
    public IReadOnlyList<(string Key, string Value, string Origin)> Describe()
    {
        const string Default = "default";
        var lines = new List<(string, string, string)>
        {
            ("language", Language?.Value ?? "en", Language?.Origin ?? Default),
            ("pairs", Pairs is null ? "[] (every shipped pair whose target is the language)" : $"[{string.Join(", ", Pairs.Value)}]", Pairs?.Origin ?? Default),
            ("builtin_glossaries", (BuiltInGlossaries?.Value ?? true) ? "true" : "false", BuiltInGlossaries?.Origin ?? Default),
            ("fail_on", FailOn?.Value ?? "warning", FailOn?.Origin ?? Default),
        };
        foreach (var g in Glossaries) lines.Add(("glossaries[]", g.Value, g.Origin));
        foreach (var (id, setting) in Rules.OrderBy(r => r.Key, StringComparer.Ordinal)) lines.Add(($"rules.{id}", setting.Value.ToString(), setting.Origin));
        foreach (var name in ConfigLoader.StyleValues.Keys)
            lines.Add(($"style.{name}", Styles.TryGetValue(name, out var s) ? s.Value : "(not set)", s?.Origin ?? Default));
        foreach (var name in ConfigLoader.TranslatorKeys)
            lines.Add(($"translator.{name}", Translator.TryGetValue(name, out var t) ? t.Value : "(not set)", t?.Origin ?? Default));
        if (IncludeOwner is not null)
            foreach (var g in IncludeOwner.Include!) lines.Add(("include[]", g.Value.Pattern, g.Origin));
        foreach (var file in Files)
            foreach (var g in file.Exclude) lines.Add(("exclude[]", g.Value.Pattern, g.Origin));
        return lines;
    }

    private static string? RelativeTo(ConfigFile file, string fullPath)
    {
        string relative = Path.GetRelativePath(Path.GetFullPath(file.Directory), fullPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) ? null : relative;
    }
}
