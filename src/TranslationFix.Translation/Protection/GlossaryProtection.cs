using System.Text;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Translation.Protection;

/// <summary>
/// Marks the glossary's source forms in a source text with dynamic-dictionary markup, so the
/// translation uses each entry's canonical name (奈雪的茶 → "Nayuki"). The text is read left to
/// right and the longest source starting at a position wins (奈雪的茶控股 before 奈雪的茶); a
/// source given two different canonical forms is ambiguous and left alone; so are
/// one-character sources, protected regions (URLs, code, tags), and Latin-script sources that
/// are only part of a word.
/// </summary>
public sealed class GlossaryProtection
{
    // Candidates by their first two characters (sources have at least two), longest first: one
    // look-up per position of the text, with few candidates behind each key.
    private readonly Dictionary<int, (string Source, string Canonical)[]> _byPrefix;

    public GlossaryProtection(IEnumerable<GlossaryEntry> entries)
    {
        var canonicalBySource = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Source?.Trim() is not { Length: >= 2 } source) continue;
            canonicalBySource[source] = canonicalBySource.TryGetValue(source, out var known) && known != entry.Canonical ? null : entry.Canonical;
        }
        _byPrefix = canonicalBySource
            .Where(p => p.Value is not null)
            .GroupBy(p => Prefix(p.Key, 0))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => (p.Key, p.Value!)).ToArray());
    }

    /// <summary>
    /// Protection from the entries of the glossaries whose source language is that of
    /// <paramref name="sourceLanguage"/> ("zh" for "zh-Hans"), or not known; all of them when the
    /// source language is not given. A Japanese glossary must not mark kanji in Chinese text.
    /// </summary>
    public static GlossaryProtection ForSource(IEnumerable<Glossary> glossaries, string? sourceLanguage)
    {
        string? primary = sourceLanguage?.Split('-')[0];
        return new GlossaryProtection(glossaries
            .Where(g => primary is null || g.SourceLanguage is null || string.Equals(g.SourceLanguage, primary, StringComparison.OrdinalIgnoreCase))
            .SelectMany(g => g.Entries));
    }

    public int Count => _byPrefix.Values.Sum(a => a.Length);

    public string Protect(string text, TextType textType = TextType.Plain)
    {
        if (_byPrefix.Count == 0 || text.Length < 2) return text;
        var regions = ProtectedRegionScanner.Scan(text, textType == TextType.Html ? DocumentFormat.Html : DocumentFormat.Plain);
        StringBuilder? builder = null;
        int copied = 0, region = 0;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            while (region < regions.Count && regions[region].End <= i) region++;
            if (region < regions.Count && regions[region].Start <= i) { i = regions[region].End - 1; continue; }
            if (!_byPrefix.TryGetValue(Prefix(text, i), out var candidates)) continue;
            foreach (var (source, canonical) in candidates)
            {
                int end = i + source.Length;
                if (end > text.Length || string.CompareOrdinal(text, i, source, 0, source.Length) != 0) continue;
                if (!WordBounded(text, i, end) || (region < regions.Count && regions[region].Start < end)) continue;
                builder ??= new StringBuilder(text.Length + 64);
                builder.Append(text, copied, i - copied).Append(DictionaryMarkup.Wrap(source, canonical, textType));
                copied = end;
                i = end - 1;
                break;
            }
        }
        if (builder is null) return text;
        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static int Prefix(string text, int at) => text[at] << 16 | text[at + 1];

    // Chinese and Japanese have no spaces between words; a Latin or Cyrillic source must not be
    // cut out of a longer word ("Ant" in "Antarctica").
    private static bool WordBounded(string text, int start, int end) =>
        !(IsSpacedLetter(text[start]) && start > 0 && char.IsLetterOrDigit(text[start - 1]))
        && !(IsSpacedLetter(text[end - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]));

    private static bool IsSpacedLetter(char c) => char.IsLetterOrDigit(c) && c < '\u2E80';
}
