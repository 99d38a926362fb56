using System.Text;

namespace TranslationFix.Core.Glossary.Derivation;

/// <summary>
/// Derives the literal renderings MT writes for a Chinese name it does not know, from the entry's
/// source form and CC-CEDICT: each word rendered by one of its glosses or by its pinyin, in the
/// source's word order (宁德时代 → "Ningde Times", "Ningde Era"); X的Y both ways ("Naixue's Tea",
/// "Tea of Naixue"); a name the dictionary has as one word also character by character (拼多多 →
/// "Spell Many Many"); the generic words of organisation names as MT renders them (集团 → "Group");
/// numerals as digits and as words. Renderings that are the canonical form, or a part or an
/// extension of it ("Xiaomi Group" for Xiaomi), are left out: those are correct English.
///
/// A rendering made only of ordinary English words ("Ideal Car") is no evidence of the entity on
/// its own, so it is derived only for an entry that demands context or only flags.
/// Deterministic: the same entry and dictionary give the same list in the same order.
/// </summary>
public static class LiteralVariants
{
    /// <summary>At most this many renderings per entry, the most likely first.</summary>
    public const int MaxPerEntry = 24;

    private const int OptionsPerWord = 4;
    private const int OptionsPerPhrase = 4;

    private static readonly HashSet<string> Types = ["organization", "product", "publication", "event"];
    private static readonly string[] LegalSuffixes = ["股份有限公司", "有限责任公司", "有限公司"];
    private static readonly HashSet<string> SmallWords = ["of", "and", "the", "a", "an", "in", "on", "for", "to", "at", "by", "with"];

    /// <summary>The entry's literal variants, precomputed for the shipped glossaries (<see cref="LiteralVariantCache"/>).</summary>
    public static IReadOnlyList<DerivedVariant> Derive(GlossaryEntry entry) =>
        [.. Renderings(entry).Where(v => IsUsable(entry, v))];

    /// <summary>
    /// Ordinary-English renderings of an entry that does not demand evidence ("Ideal Car" for Li Auto):
    /// no variant, since they would fire on plain English, but a sign of the entity where the article
    /// also names it otherwise (see name.inconsistent).
    /// </summary>
    public static IReadOnlyList<DerivedVariant> Withheld(GlossaryEntry entry) =>
        [.. Renderings(entry).Where(v => !IsUsable(entry, v))];

    /// <summary>Every rendering derived for the entry, usable or withheld, precomputed for the shipped glossaries.</summary>
    public static IReadOnlyList<DerivedVariant> Renderings(GlossaryEntry entry)
    {
        if (!Applies(entry)) return [];
        return LiteralVariantCache.TryGet(entry, out var cached) ? cached : Compute(entry, CedictDictionary.Instance);
    }

    internal static bool IsUsable(GlossaryEntry entry, DerivedVariant variant) => !variant.IsOrdinaryEnglish || DemandsEvidence(entry);

    /// <summary>At most this many withheld renderings per entry.</summary>
    public const int MaxWithheldPerEntry = 8;

    /// <summary>Whether literal variants are derived for the entry at all: a name with a Chinese source, derivation not turned off.</summary>
    public static bool Applies(GlossaryEntry entry) =>
        entry.Derive && !string.IsNullOrWhiteSpace(entry.Source) && Types.Contains(entry.Type)
        // Chinese renderings of foreign names (萨姆·奥尔特曼) have no literal meaning.
        && !entry.Source.Contains('·') && !entry.Source.Contains('•') && entry.Source.Any(VariantDeriver.IsRomanisable);

    /// <summary>An entry that fires only with context, or only flags: ordinary-English renderings are safe for it.</summary>
    public static bool DemandsEvidence(GlossaryEntry entry) => entry.Context.Count > 0 || entry.Action == GlossaryAction.Flag;

    /// <summary>Derives the entry's renderings, usable and withheld, from <paramref name="dictionary"/> (no cache).</summary>
    public static IReadOnlyList<DerivedVariant> Compute(GlossaryEntry entry, CedictDictionary dictionary)
    {
        if (!Applies(entry)) return [];
        string source = entry.Source!.Trim();
        foreach (var suffix in LegalSuffixes)
        {
            if (source.Length > suffix.Length + 1 && source.EndsWith(suffix, StringComparison.Ordinal)) source = source[..^suffix.Length];
        }

        var candidates = new List<Candidate>();
        var words = SourceSegmenter.Segment(source, dictionary);
        int particle = words.ToList().FindIndex(1, Math.Max(0, words.Count - 2), w => w.Text is "的" or "之");
        if (particle > 0)
        {
            var owners = Phrases([.. words.Take(particle)]);
            var owned = Phrases([.. words.Skip(particle + 1)]);
            foreach (var x in owners)
            {
                foreach (var y in owned)
                {
                    candidates.Add(Join([.. x.Parts, .. y.Parts], $"{x.Text}'s {y.Text}", x.Cost + y.Cost + 0.2, "possessive"));
                    candidates.Add(Join([.. y.Parts, .. x.Parts], $"{y.Text} of {x.Text}", x.Cost + y.Cost + 0.4, "of-phrase"));
                    candidates.Add(Join([.. x.Parts, .. y.Parts], $"{x.Text} {y.Text}", x.Cost + y.Cost + 0.6, "particle dropped"));
                }
            }
        }
        else
        {
            candidates.AddRange(Compose(words));
            // A name the dictionary knows only as a name (字节跳动, 拼多多): MT that does not know it renders
            // the words inside it (字节 + 跳动), or each character.
            if (words.Count(w => !w.IsLatin) == 1 && words.Single(w => !w.IsLatin) is { Text.Length: > 1, Entry: null or { Glosses.Count: 0 } } name)
            {
                candidates.AddRange(Compose(SourceSegmenter.Segment(source, dictionary, name.Text.Length - 1)).Select(c => c with { Cost = c.Cost + 0.3 }));
                candidates.AddRange(Compose(SourceSegmenter.Characters(source, dictionary)).Select(c => c with { Cost = c.Cost + 1.5 }));
            }
        }

        var canonicalWords = Words(entry.Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase);
        string canonicalKey = MatchKey.Of(entry.Canonical);
        bool evidenceRequired = DemandsEvidence(entry);
        int usableCount = 0, withheldCount = 0;
        var result = new List<DerivedVariant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates.OrderBy(c => c.Cost).ThenBy(c => c.Text, StringComparer.Ordinal))
        {
            if (c.Parts.Count < 2 || !c.Parts.Any(p => p.Kind is Kind.Gloss or Kind.Usual or Kind.Digits)) continue;
            // One syllable of pinyin beside one English word ("Bai Pass" for 百度) is noise, not a reading.
            if (c.Parts.Count < 3 && c.Parts.Any(p => p.Kind == Kind.Pinyin && p.Word.Length == 1)) continue;
            string key = MatchKey.Of(c.Text);
            if (key.Length < 4 || key.Contains(canonicalKey, StringComparison.Ordinal) || canonicalKey.Contains(key, StringComparison.Ordinal)) continue;
            bool ordinary = c.Parts.All(p => IsOrdinary(p, dictionary));
            // "Xinhua Agency" for Xinhua News Agency: a distinctive word of the name itself, so a short form, not an error.
            if (Words(c.Text).Any(w => canonicalWords.Contains(w) && !dictionary.IsEnglishWord(w))) continue;
            bool withheld = ordinary && !evidenceRequired;
            if ((withheld ? withheldCount : usableCount) >= (withheld ? MaxWithheldPerEntry : MaxPerEntry)) continue;
            if (!seen.Add(key)) continue;
            result.Add(new DerivedVariant(c.Text, c.How, ordinary));
            if (withheld) withheldCount++; else usableCount++;
        }
        return result;
    }

    /// <summary>One word's rendering: its text, how likely MT writes it (lower is likelier), and how it was made.</summary>
    private sealed record Part(string Text, double Cost, Kind Kind, string Word);

    private enum Kind { Pinyin, Gloss, Usual, Digits, Latin }

    private sealed record Candidate(string Text, double Cost, IReadOnlyList<Part> Parts, string How);

    /// <summary>Every rendering of the words in order, one option per word, cheapest first.</summary>
    private static List<Candidate> Compose(IReadOnlyList<SourceWord> words)
    {
        // 零一: two numerals side by side are a number MT writes in words, not "0 1".
        bool digits = words.Count(w => UsualRenderings.Numeral(w.Text) is not null) == 1;
        var options = words.Select(w => Options(w, digits)).ToList();
        var result = new List<Candidate>();
        var chosen = new Part[words.Count];
        void Walk(int i)
        {
            if (i == words.Count)
            {
                var parts = chosen.ToList();
                string text = TitleCase(Spell(parts));
                result.Add(new Candidate(text, parts.Sum(p => p.Cost) + MixingCost(parts), parts, Describe(parts)));
                return;
            }
            foreach (var option in options[i])
            {
                chosen[i] = option;
                Walk(i + 1);
            }
        }
        if (words.Count > 0) Walk(0);
        return result;
    }

    // Syllables of pinyin side by side are one name, as MT writes it: 奈 + 雪 → "Naixue", not "Nai Xue".
    private static string Spell(IReadOnlyList<Part> parts)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Count; i++)
        {
            bool joined = i > 0 && parts[i].Kind == Kind.Pinyin && parts[i - 1].Kind == Kind.Pinyin
                && parts[i].Word.Length == 1 && parts[i - 1].Word.Length == 1;
            if (i > 0 && !joined) sb.Append(' ');
            sb.Append(joined ? parts[i].Text.ToLowerInvariant() : parts[i].Text);
        }
        return sb.ToString();
    }

    /// <summary>The cheapest renderings of a phrase on one side of 的/之 (all-pinyin ones too: "Naixue").</summary>
    private static List<Candidate> Phrases(IReadOnlyList<SourceWord> words) =>
        [.. Compose(words).OrderBy(c => c.Cost).ThenBy(c => c.Text, StringComparer.Ordinal).Take(OptionsPerPhrase)];

    private static Candidate Join(IReadOnlyList<Part> parts, string text, double cost, string form) =>
        new(TitleCase(text), cost, parts, $"{form}: {Describe(parts)}");

    // MT transliterates a name's distinctive part or translates it; it seldom switches word by word.
    private static double MixingCost(IReadOnlyList<Part> parts)
    {
        var kinds = parts.Where(p => p.Kind is Kind.Pinyin or Kind.Gloss).Select(p => p.Kind).ToList();
        return kinds.Zip(kinds.Skip(1)).Count(k => k.First != k.Second) * 0.8;
    }

    private static List<Part> Options(SourceWord word, bool digits)
    {
        var options = new List<Part>();
        if (word.IsLatin)
        {
            options.Add(new Part(word.Text, 0, Kind.Latin, word.Text));
            return options;
        }
        var usual = UsualRenderings.For(word.Text);
        for (int i = 0; i < usual.Count; i++) options.Add(new Part(usual[i], i * 0.5, Kind.Usual, word.Text));
        if (UsualRenderings.Numeral(word.Text) is var (digit, name))
        {
            if (digits) options.Add(new Part(digit, 0.2, Kind.Digits, word.Text));
            options.Add(new Part(name, 0.4, Kind.Gloss, word.Text));
        }
        IReadOnlyList<string> glosses = usual.Count > 0 || options.Count > 0 ? [] : word.Entry?.Glosses ?? [];
        for (int i = 0; i < Math.Min(glosses.Count, OptionsPerWord); i++) options.Add(new Part(glosses[i], 0.6 + i * 0.6, Kind.Gloss, word.Text));
        string pinyin = word.Entry?.Pinyin is { Length: > 0 } p ? p : string.Concat(VariantDeriver.Syllables(word.Text));
        // A word with no meaning in the dictionary (a place, a name) is transliterated; a generic one is translated.
        if (pinyin.Length > 0 && usual.Count == 0) options.Add(new Part(pinyin, options.Count == 0 ? 0 : 1.0, Kind.Pinyin, word.Text));
        return [.. options.OrderBy(o => o.Cost).Take(OptionsPerWord)];
    }

    private static bool IsOrdinary(Part part, CedictDictionary dictionary) => part.Kind switch
    {
        Kind.Gloss or Kind.Usual or Kind.Digits => true,
        _ => Words(part.Text).All(w => w.All(char.IsAsciiDigit) || dictionary.IsEnglishWord(w)),
    };

    private static string Describe(IReadOnlyList<Part> parts) =>
        string.Join(" + ", parts.Select(p => p.Kind switch
        {
            Kind.Pinyin => $"pinyin {p.Word}",
            Kind.Gloss => $"gloss {p.Word}",
            Kind.Usual => $"usual {p.Word}",
            Kind.Digits => $"digits {p.Word}",
            _ => $"kept {p.Word}",
        }));

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"piece together many" → "Piece Together Many"; "tea of naixue" → "Tea of Naixue"; acronyms kept.</summary>
    internal static string TitleCase(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool wordStart = true;
        int wordIndex = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (wordStart && char.IsLetter(c))
            {
                int end = i;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                string word = text[i..end];
                bool small = wordIndex > 0 && SmallWords.Contains(word) && (i == 0 || text[i - 1] == ' ');
                sb.Append(small ? word : char.ToUpperInvariant(word[0]) + word[1..]);
                i = end - 1;
                wordStart = false;
                wordIndex++;
                continue;
            }
            sb.Append(c);
            wordStart = c is ' ' or '-';
            if (c == ' ') wordStart = true;
        }
        return sb.ToString();
    }
}
