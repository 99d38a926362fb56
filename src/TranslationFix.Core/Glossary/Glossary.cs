namespace TranslationFix.Core.Glossary;

/// <summary>A set of entries and rules, usually for one language pair (e.g. "zh-en").</summary>
public sealed class Glossary
{
    public Glossary(IEnumerable<GlossaryEntry> entries, IEnumerable<GlossaryRule> rules, string? pair = null)
    {
        Entries = [.. entries];
        Rules = [.. rules];
        Pair = pair;
    }

    public static Glossary Empty { get; } = new([], []);

    public IReadOnlyList<GlossaryEntry> Entries { get; }
    public IReadOnlyList<GlossaryRule> Rules { get; }

    /// <summary>The language pair ("zh-en"), or null when not known.</summary>
    public string? Pair { get; }

    public string? SourceLanguage => Pair?.Split('-')[0];
    public string? TargetLanguage => Pair is { } p && p.Contains('-') ? p[(p.IndexOf('-') + 1)..] : null;

    public static Glossary Merge(IEnumerable<Glossary> glossaries, string? pair = null)
    {
        var list = glossaries.ToList();
        return new Glossary(list.SelectMany(g => g.Entries), list.SelectMany(g => g.Rules),
            pair ?? list.Select(g => g.Pair).Distinct().SingleOrDefaultIfMany());
    }
}

internal static class EnumerableExtensions
{
    public static T? SingleOrDefaultIfMany<T>(this IEnumerable<T> items)
    {
        using var e = items.GetEnumerator();
        if (!e.MoveNext()) return default;
        var first = e.Current;
        return e.MoveNext() ? default : first;
    }
}
