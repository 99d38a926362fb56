using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Glossary;

/// <summary>
/// What an article itself says about the entries, read from its <em>original</em> text (never from
/// a fix's output, so "Byte" → "ByteDance" gives no context to "Ali"): which entries it renders
/// unmistakably (a distinctive variant, not explained away; or the source form in the bilingual
/// source), and, on demand, which it names by canonical form, source form or the entry's own words.
/// </summary>
public sealed class ArticleEvidence
{
    private readonly CompiledGlossary _glossary;
    private readonly string _original;
    private readonly string? _source;
    private readonly Dictionary<GlossaryEntry, HashSet<string>> _rendered = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GlossaryEntry, bool> _named = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, bool> _words = new(StringComparer.Ordinal);

    public ArticleEvidence(CompiledGlossary glossary, Document document)
    {
        _glossary = glossary;
        _original = document.OriginalText;
        _source = document.Source?.Text;
        foreach (var occurrence in glossary.Matcher.FindAll(_original))
        {
            var variant = occurrence.Value;
            if (variant.IsWeak || variant.Class == VariantClass.Ordinary) continue;
            var span = TextSpan.FromBounds(occurrence.Start, occurrence.End);
            string found = _original[span.Start..span.End];
            if (variant.IsCanonical || VariantClassifier.IsOrdinary(found)) continue;
            if (!GlossaryCheck.CaseAllows(variant, _original, span) || Explanations.IsExplained(_original, span, variant.Entry.Source)) continue;
            if (!_rendered.TryGetValue(variant.Entry, out var keys)) _rendered[variant.Entry] = keys = new(StringComparer.Ordinal);
            keys.Add(occurrence.Key);
        }
    }

    /// <summary>
    /// An unmistakable MT rendering of the entry in the article (other than <paramref name="except"/>,
    /// a variant's own key: a word is no evidence for itself), or its source form in the source.
    /// </summary>
    public bool Renders(GlossaryEntry entry, string? except = null) =>
        _rendered.TryGetValue(entry, out var keys) && keys.Any(k => k != except)
        || entry.Source is { Length: > 0 } s && _source is not null && _source.Contains(s, StringComparison.Ordinal);

    /// <summary>
    /// Evidence that the article means the entry: a rendering, its source form, its own words (founder,
    /// products) and, with <paramref name="byCanonical"/>, its canonical form. An ordinary variant is not
    /// vouched for by the canonical form alone: a native article may name baijiu and white wine both.
    /// </summary>
    public bool Names(GlossaryEntry entry, string? except = null, bool byCanonical = true)
    {
        if (Renders(entry, except)) return true;
        if (byCanonical && HasWord(entry.Canonical, entry.IsTerm)) return true;
        if (_named.TryGetValue(entry, out bool named)) return named;
        named = entry.Source is { Length: > 0 } s && _original.Contains(s, StringComparison.Ordinal)
            || _glossary.ProfileOf(entry).EvidenceWords.Any(w => HasWord(w, ignoreCase: false));
        return _named[entry] = named;
    }

    /// <summary>True when the original text has <paramref name="word"/> as a whole word.</summary>
    public bool HasWord(string word, bool ignoreCase)
    {
        string key = (ignoreCase ? "i:" : "c:") + word;
        if (_words.TryGetValue(key, out bool found)) return found;
        return _words[key] = ContainsWord(_original, 0, _original.Length, word, ignoreCase);
    }

    /// <summary>True when <paramref name="text"/> has <paramref name="word"/> as a whole word between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static bool ContainsWord(string text, int start, int end, string word, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (int at = text.IndexOf(word, start, end - start, comparison); at >= 0 && at + word.Length <= end;
             at = at + 1 < end ? text.IndexOf(word, at + 1, end - at - 1, comparison) : -1)
        {
            if (GlossaryCheck.IsWordBounded(text, new TextSpan(at, word.Length))) return true;
        }
        return false;
    }
}
