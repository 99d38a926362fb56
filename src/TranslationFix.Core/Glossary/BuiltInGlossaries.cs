using System.Reflection;

namespace TranslationFix.Core.Glossary;

/// <summary>The glossaries shipped with the tool, embedded as resources "glossaries/&lt;pair&gt;/&lt;file&gt;.yaml".</summary>
public static class BuiltInGlossaries
{
    private const string Prefix = "glossaries/";
    private static readonly Lazy<IReadOnlyDictionary<string, Glossary>> ByPair = new(LoadAll);

    /// <summary>The language pairs shipped ("zh-en", ...).</summary>
    public static IReadOnlyCollection<string> Pairs => (IReadOnlyCollection<string>)ByPair.Value.Keys;

    public static Glossary For(string pair) =>
        ByPair.Value.TryGetValue(pair, out var g) ? g : throw new ArgumentException($"no built-in glossary for pair '{pair}' (have: {string.Join(", ", Pairs)})");

    /// <summary>Every shipped pair whose target language is <paramref name="targetLanguage"/>.</summary>
    public static IEnumerable<Glossary> ForTarget(string targetLanguage) =>
        ByPair.Value.Values.Where(g => string.Equals(g.TargetLanguage, targetLanguage, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyDictionary<string, Glossary> LoadAll()
    {
        var assembly = typeof(BuiltInGlossaries).Assembly;
        var groups = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => (Name: n, Pair: n[Prefix.Length..].Split('/', '\\')[0]))
            .Where(x => x.Pair.Contains('-'))
            .OrderBy(x => x.Name, StringComparer.Ordinal)
            .GroupBy(x => x.Pair);
        var result = new SortedDictionary<string, Glossary>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var parts = group.Select(x => GlossaryLoader.Parse(Read(assembly, x.Name), x.Name, group.Key));
            result[group.Key] = Glossary.Merge(parts, group.Key);
        }
        return result;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
