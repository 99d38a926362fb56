using System.Runtime.CompilerServices;
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

    public static readonly RuleDescriptor PreferenceRule = new("name.preference", "House-style name", Severity.Info,
        "A correct name that a house style writes otherwise (the pinyin 'Ma Huateng' for the preferred 'Pony Ma'); reported, and fixed only where tfix.yaml sets style.names: preferred.",
        priority: 30);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [NameRule, TermRule, PreferenceRule];

    // One article's evidence, shared by every fix pass over it (the passes share the original text).
    private readonly ConditionalWeakTable<string, ArticleEvidence> _evidence = new();

    private readonly HashSet<string> _organizationNames = [.. glossary.Glossary.Entries
        .Where(e => e.Type == "organization" && e.Action == GlossaryAction.Fix).Select(e => MatchKey.Of(e.Canonical))];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var evidence = _evidence.GetValue(document.OriginalText, _ => new ArticleEvidence(glossary, document));
        var matches = new List<GlossaryMatch>();
        // Context is a paragraph's property: decide it once per paragraph and entry.
        var contextSeen = new Dictionary<(int Paragraph, GlossaryEntry Entry, bool DistinctiveOnly), bool>();
        var occurrences = glossary.Matcher.FindAll(text).OrderBy(o => o.Start).ToList();   // stable: the matcher's order within a start
        // Canonical forms written as the glossary writes them: nothing inside one is another entry's variant.
        var canonicalSpans = occurrences.Where(o => o.Value.IsCanonical && SpelledAsCanonical(text.AsSpan(o.Start, o.End - o.Start), o.Value.Text))
            .Select(o => (o.Start, o.End, o.Value.Entry)).ToList();
        var declined = new List<(int Start, int End, GlossaryEntry Entry)>();
        var retry = new List<(GlossaryVariant Variant, TextSpan Span)>();
        var canonicalSeen = new Dictionary<GlossaryEntry, bool>(ReferenceEqualityComparer.Instance);
        bool CanonicalInText(GlossaryEntry e)
        {
            if (!canonicalSeen.TryGetValue(e, out bool seen))
                canonicalSeen[e] = seen = ArticleEvidence.ContainsWord(text, 0, text.Length, e.Canonical, e.IsTerm);
            return seen;
        }
        // Only spans still open at an occurrence's start can hold it: the scans below stay linear.
        var openCanonicals = new List<(int Start, int End, GlossaryEntry Entry)>();
        int nextCanonical = 0;
        foreach (var occurrence in occurrences)
        {
            var variant = occurrence.Value;
            var span = TextSpan.FromBounds(occurrence.Start, occurrence.End);
            while (nextCanonical < canonicalSpans.Count && canonicalSpans[nextCanonical].Start <= span.Start) openCanonicals.Add(canonicalSpans[nextCanonical++]);
            openCanonicals.RemoveAll(c => c.End <= span.Start);
            declined.RemoveAll(d => d.End <= span.Start);
            if (!variant.IsCanonical && openCanonicals.Any(c => c.Start <= span.Start && span.End <= c.End && (c.End - c.Start) > span.Length && !ReferenceEquals(c.Entry, variant.Entry)))
                continue;
            // "Byte" inside a "Byte Jump" that was declined for want of evidence is declined too.
            if (declined.Any(d => ReferenceEquals(d.Entry, variant.Entry) && d.Start <= span.Start && span.End <= d.End)) continue;
            // The matcher reports word-bounded occurrences only; case and protection are decided here.
            if (!CaseAllows(variant, text, span) || document.IsProtected(span))
                continue;
            // The canonical form, spelled as the glossary spells it (case aside), is no error.
            if (variant.IsCanonical && SpelledAsCanonical(text.AsSpan(span.Start, span.Length), variant.Text))
                continue;
            if (InsideCanonical(variant, text, span) || Explanations.IsExplained(text, span, variant.Entry.Source)) continue;
            var entry = variant.Entry;
            // A name already written both ways in the sentence ("Pony Ma (Ma Huateng)", "Robin Zeng Yuqun") is a gloss.
            if (!variant.IsCanonical && CanonicalInSentence(text, span, entry, evidence)) continue;
            // distinctiveOnly: an ordinary variant is flagged beside a distinctive domain word ("Baidu"), never beside "games".
            bool Domain(bool distinctiveOnly)
            {
                var key = (document.ParagraphAt(span.Start).Start, entry, distinctiveOnly);
                if (!contextSeen.TryGetValue(key, out bool allowed))
                    contextSeen[key] = allowed = ContextAllows(entry, document, span, evidence, distinctiveOnly);
                return allowed;
            }
            var decision = Decide(variant, text, span, evidence, Domain, fixedElsewhere: false, CanonicalInText);
            // A paragraph that writes the preferred name too ("… Ma Huateng … as with Pony Ma") knows both.
            if (decision == Decision.Preference && ParagraphHas(document, span, entry.Canonical)) continue;
            if (decision == Decision.None) { declined.Add((span.Start, span.End, entry)); retry.Add((variant, span)); }
            if (decision != Decision.None) matches.Add(new GlossaryMatch(AbsorbRepeatedTail(text, span, entry), variant, decision));
        }
        // One entity, one spelling: where the article's own evidence fixed one occurrence, the canonical
        // form will be in the text, so its other distinctive renderings follow now rather than on the
        // next run (fixing stays idempotent).
        var fixedEntries = matches.Where(m => m.Decision == Decision.Fix).Select(m => m.Variant.Entry).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var (variant, span) in retry)
        {
            if (!fixedEntries.Contains(variant.Entry)) continue;
            var decision = Decide(variant, text, span, evidence, _ => false, fixedElsewhere: true, CanonicalInText);
            if (decision == Decision.Fix) matches.Add(new GlossaryMatch(AbsorbRepeatedTail(text, span, variant.Entry), variant, decision));
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

    private enum Decision { None, Flag, Fix, Preference }

    private static bool ParagraphHas(Document document, TextSpan span, string words)
    {
        var paragraph = document.ParagraphAt(span.Start);
        return ArticleEvidence.ContainsWord(document.Text, paragraph.Start, paragraph.Start + paragraph.Length, words, ignoreCase: false);
    }

    /// <summary>
    /// Evidence before edits: a weak short form ("Byte", "Ali", "Naixue") follows an unmistakable
    /// rendering of the entry in the article (or stands in a list of its peers); an ordinary-English
    /// variant ("white wine", "Big Dipper") needs the article to name the entity, and is at most
    /// flagged on domain words alone; a distinctive variant needs its context words, if it has any.
    /// </summary>
    private Decision Decide(GlossaryVariant variant, string text, TextSpan span, ArticleEvidence evidence, Func<bool, bool> domain, bool fixedElsewhere, Func<GlossaryEntry, bool> canonicalInText)
    {
        var entry = variant.Entry;
        string found = text[span.Start..span.End];
        // A house entry's own variants are the editor's explicit rule: no ordinary-English caution.
        bool asWritten = entry.AsWritten && !variant.Derived
            && (!variant.IsCanonical || entry.Variants.Any(v => string.Equals(v, found, StringComparison.OrdinalIgnoreCase)));   // "Ali Baba" listed as written
        bool ordinary = !asWritten && (variant.Class == VariantClass.Ordinary || VariantClassifier.IsOrdinary(found));
        // "Wang Yi" matched by "Wangyi": text split into ordinary words says as little as a bare short form.
        bool splitOrdinary = ordinary && VariantClassifier.Words(found).Count > VariantClassifier.Words(variant.Text).Count;
        bool fix, flag = false;
        if (variant.IsCanonical) fix = !ordinary || entry.Type == "person" || evidence.Names(entry, byCanonical: false);   // "Ali Baba" may be the tale's
        else if (!asWritten && (variant.IsWeak || splitOrdinary))
        {
            // A distinctive short form ("Naixue") is the writer's own choice where the article writes
            // the canonical name too (a page on Nayuki that says "Naixue"); an ordinary one ("Byte",
            // "Ali") always needs a full rendering.
            // The canonical name counts only while it is still in the text: one that stood in page
            // furniture another fix removed says nothing about the article (and fixing stays idempotent).
            bool distinctiveShortForm = !ordinary && !(evidence.HasWord(entry.Canonical, entry.IsTerm) && canonicalInText(entry));
            fix = evidence.Renders(entry, except: MatchKey.Of(variant.Text)) || distinctiveShortForm || InListOfPeers(text, span, found, evidence);
        }
        else if (ordinary)
        {
            // An English term beside its MT rendering ("large models" and "big models") is MT
            // inconsistency; a loanword beside its English gloss ("baijiu", "white wine") is not.
            bool byCanonical = entry.IsTerm && VariantClassifier.IsOrdinary(entry.Canonical)
                && !MatchKey.Of(variant.Text).Contains(MatchKey.Of(entry.Canonical), StringComparison.Ordinal);   // "prompt word" holds "prompt"
            fix = evidence.Names(entry, byCanonical: byCanonical) || ReplacementShape.Fit(text, span, entry, entry.Canonical).RecreatesNeighbour;
            flag = !fix && entry.Context.Count > 0 && domain(true);
        }
        else fix = entry.Context.Count == 0 || evidence.Names(entry, MatchKey.Of(variant.Text)) || fixedElsewhere || domain(true);
        if (!fix && !flag) return Decision.None;
        if (entry.Action == GlossaryAction.Flag) return Decision.Flag;
        if (!fix) return Decision.Flag;
        return entry.Kind == GlossaryKind.Preference ? Decision.Preference : Decision.Fix;
    }

    private static Finding Report(Document document, CheckContext context, GlossaryMatch match)
    {
        var entry = match.Variant.Entry;
        var rule = entry.IsTerm ? TermRule : NameRule;
        string found = document.Text.Substring(match.Span.Start, match.Span.Length);
        string why = entry.Source is { Length: > 0 } source
            ? $"{source} is '{entry.Canonical}' ({entry.Type})"
            : $"'{entry.Canonical}' is the {entry.Type}'s established form";
        if (match.Decision == Decision.Preference)
            return context.Report(PreferenceRule, document, match.Span,
                $"'{found}' is correct; the house style may prefer '{entry.Canonical}' (set style.names: preferred to rewrite)");
        if (match.Decision == Decision.Flag)
            return context.Report(rule, document, match.Span,
                $"'{found}' may be a mistranslation: {why}; check by hand");
        string replacement = entry.IsTerm ? CaseAdapter.Adapt(found, entry.Canonical) : entry.Canonical;
        var (span, shaped, _) = entry.IsTerm ? (match.Span, replacement, false) : ReplacementShape.Fit(document.Text, match.Span, entry, replacement);
        return context.Report(rule, document, span, $"'{found}' → '{replacement}': {why}", shaped);
    }

    // "Baidu, Alibaba, SenseTime, Byte, etc.": a bare short form standing as an item of a list in
    // which two or more other items are organisations the glossary knows, named in the original.
    private bool InListOfPeers(string text, TextSpan span, string found, ArticleEvidence evidence)
    {
        var sentence = SentenceAround(text, span);
        var items = new List<(int Start, int End)>();
        int itemStart = sentence.Start;
        for (int i = sentence.Start; i <= sentence.End; i++)
        {
            if (i == sentence.End || text[i] == ',' || IsWordAt(text, i, " and ") || IsWordAt(text, i, " or "))
            {
                items.Add((itemStart, i));
                if (i < sentence.End && text[i] != ',') i += text[i + 1] == 'a' ? 4 : 3;
                itemStart = i + 1;
            }
        }
        int self = items.FindIndex(it => it.Start <= span.Start && span.End <= it.End);
        if (self < 0 || text[items[self].Start..items[self].End].Trim() != found) return false;
        int peers = 0;
        for (int k = Math.Max(0, self - 3); k <= Math.Min(items.Count - 1, self + 3); k++)
        {
            if (k == self) continue;
            string item = text[items[k].Start..items[k].End].Trim();
            string last = item.Contains(' ') ? item[(item.LastIndexOf(' ') + 1)..] : item;
            if (_organizationNames.Contains(MatchKey.Of(last)) && evidence.HasWord(last, ignoreCase: false)) peers++;
        }
        return peers >= 2;
    }

    private static bool IsWordAt(string text, int i, string word) =>
        i + word.Length <= text.Length && text.AsSpan(i, word.Length).SequenceEqual(word);

    private static TextSpan SentenceAround(string text, TextSpan span)
    {
        int start = span.Start;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n' or '。' or ';')) start--;
        int end = span.End;
        while (end < text.Length && text[end] is not ('.' or '!' or '?' or '\n' or '。' or ';')) end++;
        return TextSpan.FromBounds(start, end);
    }

    private static bool CanonicalInSentence(string text, TextSpan span, GlossaryEntry entry, ArticleEvidence evidence)
    {
        var sentence = SentenceAround(text, span);
        var comparison = entry.IsTerm ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var window = text.AsSpan(sentence.Start, sentence.Length);
        for (int at = window.IndexOf(entry.Canonical, comparison); at >= 0;)
        {
            var found = new TextSpan(sentence.Start + at, entry.Canonical.Length);
            bool outside = found.Start < span.Start || found.End > span.End;   // beside it, or overlapping it ("Robin Zeng Yuqun")
            if (outside && IsWordBounded(text, found)) return evidence.HasWord(entry.Canonical, entry.IsTerm);
            int next = window[(at + 1)..].IndexOf(entry.Canonical, comparison);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
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
    internal static bool CaseAllows(GlossaryVariant variant, string text, TextSpan span)
    {
        if (CaseAllows(variant.Text, text, span)) return true;
        // "byte jump launched an app", "ningde times shares rose": a distinctive literal rendering of
        // an organisation or product in lower case (a person keeps needing a capital).
        return variant.Entry.Type is "organization" or "product" or "publication" && !variant.IsCanonical
            && variant.Class == VariantClass.Distinctive && variant.Text.Contains(' ')
            && !text.AsSpan(span.Start, span.Length).ContainsAnyInRange('A', 'Z');
    }

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

    private static bool ContextAllows(GlossaryEntry entry, Document document, TextSpan span, ArticleEvidence evidence, bool distinctiveOnly)
    {
        if (entry.Context.Count == 0) return true;
        var paragraph = document.ParagraphAt(span.Start);
        var window = document.Text.AsSpan(paragraph.Start, paragraph.Length);
        foreach (var word in entry.Context)
        {
            if (distinctiveOnly && VariantClassifier.IsOrdinary(word)) continue;
            int at = window.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                int absolute = paragraph.Start + at;
                bool insideMatch = absolute < span.End && span.Start < absolute + word.Length;
                if (!insideMatch && IsWordBounded(document.Text, new TextSpan(absolute, word.Length)) && evidence.HasWord(word, ignoreCase: true))
                    return true;
                int next = window[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return false;
    }

    private readonly record struct GlossaryMatch(TextSpan Span, GlossaryVariant Variant, Decision Decision);
}
