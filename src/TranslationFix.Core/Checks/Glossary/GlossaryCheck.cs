using TranslationFix.Core.Findings;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Glossary;

/// <summary>
/// Replaces mistranslated names and terms with their canonical forms (or flags them, for
/// entries whose variants are also plain English). One pass over the text for all entries.
/// </summary>
public sealed class GlossaryCheck(CompiledGlossary glossary) : ICheck
{
    public static readonly RuleDescriptor NameRule = new("name.glossary", "Mistranslated name", Severity.Warning,
        "A person, company, product or place name written the way machine translation garbles it; the glossary gives the canonical form.",
        priority: 50);

    public static readonly RuleDescriptor TermRule = new("term.glossary", "Mistranslated term", Severity.Warning,
        "A term rendered word for word by machine translation (\"big model\" for large model); the glossary gives the established English term.",
        priority: 40);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [NameRule, TermRule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var matches = new List<GlossaryMatch>();
        // Context is a paragraph's property: decide it once per paragraph and entry. An article that
        // already names the entry's canonical form anywhere gives the context for all its paragraphs.
        var contextSeen = new Dictionary<(int Paragraph, GlossaryEntry Entry), bool>();
        var namedInDocument = new Dictionary<GlossaryEntry, bool>();
        foreach (var occurrence in glossary.Matcher.FindAll(text))
        {
            var variant = occurrence.Value;
            var span = TextSpan.FromBounds(occurrence.Start, occurrence.End);
            // The matcher reports word-bounded occurrences only; case and protection are decided here.
            if (!CaseAllows(variant.Text, text, span) || document.IsProtected(span))
                continue;
            // The canonical form, spelled as the glossary spells it (case aside), is no error.
            if (variant.IsCanonical && SpelledAsCanonical(text.AsSpan(span.Start, span.Length), variant.Text))
                continue;
            if (variant.Entry.Context.Count > 0 && !variant.IsCanonical)   // the name itself needs no context
            {
                var key = (document.ParagraphAt(span.Start).Start, variant.Entry);
                if (!contextSeen.TryGetValue(key, out bool allowed)) contextSeen[key] = allowed = ContextAllows(variant.Entry, document, span);
                if (!allowed && !namedInDocument.TryGetValue(variant.Entry, out allowed))
                    namedInDocument[variant.Entry] = allowed = ContainsWord(text, variant.Entry.Canonical,
                        variant.Entry.IsTerm ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                if (!allowed) continue;
            }
            if (InsideCanonical(variant, text, span)) continue;
            matches.Add(new GlossaryMatch(AbsorbRepeatedTail(text, span, variant.Entry), variant));
        }

        // Leftmost, then longest, wins: "Naixue's tea" beats the "Naixue" inside it.
        matches.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        int taken = 0;
        foreach (var match in matches)
        {
            if (match.Span.Start < taken) continue;
            taken = match.Span.End;
            yield return Report(document, context, match);
        }
    }

    private static Finding Report(Document document, CheckContext context, GlossaryMatch match)
    {
        var entry = match.Variant.Entry;
        var rule = entry.IsTerm ? TermRule : NameRule;
        string found = document.Text.Substring(match.Span.Start, match.Span.Length);
        string why = entry.Source is { Length: > 0 } source
            ? $"{source} is '{entry.Canonical}' ({entry.Type})"
            : $"'{entry.Canonical}' is the {entry.Type}'s established form";
        if (entry.Action == GlossaryAction.Flag)
            return context.Report(rule, document, match.Span,
                $"'{found}' may be a mistranslation: {why}; check by hand");
        string replacement = entry.IsTerm ? CaseAdapter.Adapt(found, entry.Canonical) : entry.Canonical;
        return context.Report(rule, document, match.Span, $"'{found}' → '{replacement}': {why}", replacement);
    }

    // Same spaces and hyphens in the same places as the canonical form (the letters already match).
    private static bool SpelledAsCanonical(ReadOnlySpan<char> found, string canonical)
    {
        if (found.Length != canonical.Length) return false;
        for (int i = 0; i < found.Length; i++)
        {
            if ((MatchKey.IsSeparator(found[i]) || MatchKey.IsSeparator(canonical[i])) && found[i] != canonical[i]) return false;
        }
        return true;
    }

    /// <summary>
    /// "Wisdom Spectrum AI" with the variant "Wisdom Spectrum" of "Zhipu AI": the canonical form's
    /// last word already follows the match, so the fix takes it in rather than write "Zhipu AI AI".
    /// </summary>
    private static TextSpan AbsorbRepeatedTail(string text, TextSpan span, GlossaryEntry entry)
    {
        if (entry.Action == GlossaryAction.Flag) return span;
        int space = entry.Canonical.LastIndexOf(' ');
        if (space < 0) return span;
        string last = entry.Canonical[(space + 1)..];
        int at = span.End;
        if (at >= text.Length || text[at] != ' ') return span;
        at++;
        if (at + last.Length > text.Length || !text.AsSpan(at, last.Length).Equals(last, StringComparison.Ordinal)) return span;
        var extended = TextSpan.FromBounds(span.Start, at + last.Length);
        return IsWordBounded(text, extended) ? extended : span;
    }

    internal static bool IsWordBounded(string text, TextSpan span) =>
        (span.Start == 0 || !MatchKey.IsWordChar(text[span.Start - 1])) &&
        (span.End >= text.Length || !MatchKey.IsWordChar(text[span.End]));

    /// <summary>
    /// A variant that starts with a capital letter is a name: it matches only text that starts with
    /// one too ("Byte" never hits "byte"). Later letters may differ: MT writes "Ningde era" for the
    /// variant "Ningde Era". A variant in lower case (a term) matches any case.
    /// </summary>
    internal static bool CaseAllows(string variant, string text, TextSpan span)
    {
        int v = 0;
        while (v < variant.Length && !char.IsLetterOrDigit(variant[v])) v++;
        if (v >= variant.Length || !char.IsUpper(variant[v])) return true;
        int t = span.Start;
        while (t < span.End && !char.IsLetterOrDigit(text[t])) t++;
        return t < span.End && char.IsUpper(text[t]);
    }

    /// <summary>
    /// "Qiming Venture" is a variant of "Qiming Venture Partners": inside the canonical form itself
    /// it is no error (and rewriting it would never stop).
    /// </summary>
    private static bool InsideCanonical(GlossaryVariant variant, string text, TextSpan span)
    {
        if (variant.IsCanonical) return false;
        string canonicalKey = MatchKey.Of(variant.Entry.Canonical);
        if (canonicalKey.Length <= MatchKey.Of(variant.Text).Length) return false;
        // Try each word start shortly before the match: does the canonical form start there and cover it?
        for (int start = Math.Max(0, span.Start - variant.Entry.Canonical.Length - 8); start <= span.Start; start++)
        {
            if (start > 0 && MatchKey.IsWordChar(text[start - 1])) continue;
            if (MatchKey.MatchAt(text, start, canonicalKey) is int end && end >= span.End) return true;
        }
        return false;
    }

    private static bool ContainsWord(string text, string word, StringComparison comparison)
    {
        for (int at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            if (IsWordBounded(text, new TextSpan(at, word.Length))) return true;
        }
        return false;
    }

    private static bool ContextAllows(GlossaryEntry entry, Document document, TextSpan span)
    {
        if (entry.Context.Count == 0) return true;
        var paragraph = document.ParagraphAt(span.Start);
        var window = document.Text.AsSpan(paragraph.Start, paragraph.Length);
        foreach (var word in entry.Context)
        {
            int at = window.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                int absolute = paragraph.Start + at;
                bool insideMatch = absolute < span.End && span.Start < absolute + word.Length;
                if (!insideMatch && IsWordBounded(document.Text, new TextSpan(absolute, word.Length))) return true;
                int next = window[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return false;
    }

    private readonly record struct GlossaryMatch(TextSpan Span, GlossaryVariant Variant);
}
