namespace TranslationFix.Core.Glossary;

/// <summary>
/// A glossary made ready for matching: every entry's hand-written and derived variants in one
/// <see cref="TermMatcher{T}"/>, each classed as ordinary English or distinctive, and each entry's
/// evidence (the words that only it brings). Built once; immutable; shared by all checks and threads.
/// </summary>
public sealed class CompiledGlossary
{
    public CompiledGlossary(Glossary glossary)
    {
        Glossary = glossary;
        var items = new List<(string, GlossaryVariant)>();
        var profiles = new Dictionary<GlossaryEntry, EntryProfile>(ReferenceEqualityComparer.Instance);
        // A correct name a house may prefer written otherwise ("Ma Huateng") is a preference, however it was reached.
        var preferences = glossary.Entries.Where(e => e.Kind == GlossaryKind.Preference)
            .SelectMany(e => e.Variants.Select(v => MatchKey.Of(e.Canonical) + "\u0001" + MatchKey.Of(v))).ToHashSet(StringComparer.Ordinal);
        // A derived variant never takes a form some entry writes by hand or as its canonical name:
        // the written one is the editor's (or the house glossary's) word on it.
        var written = glossary.Entries.SelectMany(e => e.Variants.Append(e.Canonical)).Select(MatchKey.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in glossary.Entries)
        {
            string canonicalKey = MatchKey.Of(entry.Canonical);
            var seen = new HashSet<string>(StringComparer.Ordinal) { canonicalKey };
            if (entry.Kind == GlossaryKind.Error)
                seen.UnionWith(preferences.Where(p => p.StartsWith(canonicalKey + "\u0001", StringComparison.Ordinal)).Select(p => p[(canonicalKey.Length + 1)..]));
            var variants = new List<GlossaryVariant>();
            foreach (var variant in entry.Variants)
            {
                if (seen.Add(MatchKey.Of(variant))) variants.Add(Classed(entry, variant, derived: false));
            }
            foreach (var variant in VariantDeriver.Derive(entry))
            {
                string key = MatchKey.Of(variant);
                if (!written.Contains(key) && seen.Add(key)) variants.Add(Classed(entry, variant, derived: true));
            }
            MarkWeak(entry, variants);
            items.AddRange(variants.Select(v => (v.Text, v)));
            // A name's own key also finds it spaced or hyphenated wrongly ("Ali Baba", "Byte Dance").
            if (!entry.IsTerm && entry.Action == GlossaryAction.Fix)
                items.Add((entry.Canonical, new GlossaryVariant(entry, entry.Canonical, Derived: false) { IsCanonical = true }));
        }
        var otherNames = OtherEntitiesByKey(glossary);
        foreach (var entry in glossary.Entries)
            profiles[entry] = new EntryProfile([.. entry.Context.Where(w => IsEvidenceWord(entry, w, otherNames))]);
        Variants = [.. items.Select(i => i.Item2).Where(v => !v.IsCanonical)];
        Matcher = new TermMatcher<GlossaryVariant>(items);
        _profiles = profiles;
    }

    private readonly Dictionary<GlossaryEntry, EntryProfile> _profiles;

    public Glossary Glossary { get; }

    /// <summary>Every entry's hand-written and derived variants (those equal to the canonical form left out).</summary>
    public IReadOnlyList<GlossaryVariant> Variants { get; }
    public TermMatcher<GlossaryVariant> Matcher { get; }

    /// <summary>What <paramref name="entry"/> needs as evidence besides its own names.</summary>
    public EntryProfile ProfileOf(GlossaryEntry entry) => _profiles.TryGetValue(entry, out var p) ? p : EntryProfile.None;

    private static GlossaryVariant Classed(GlossaryEntry entry, string text, bool derived) =>
        new(entry, text, derived) { Class = VariantClassifier.Classify(text) };

    // A single word is weak when it is ordinary English ("Byte", "Ali") or the bare short form of a
    // longer name ("Naixue" of 奈雪的茶, or the first word of "Naixue's tea"): it says too little by itself.
    private static void MarkWeak(GlossaryEntry entry, List<GlossaryVariant> variants)
    {
        string? shortKey = VariantDeriver.ShortForm(entry) is { } s ? MatchKey.Of(s) : null;
        var heads = variants.Select(v => VariantClassifier.Words(v.Text)).Where(w => w.Count > 1).Select(w => w[0].ToLowerInvariant()).ToHashSet();
        for (int i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            var words = VariantClassifier.Words(v.Text);
            if (words.Count != 1 || entry.IsTerm) continue;
            string key = MatchKey.Of(words[0]);
            bool weak = v.Class == VariantClass.Ordinary || key == shortKey || (entry.Type != "person" && heads.Contains(key) && IsHeadOnly(entry, words[0]));
            if (weak) variants[i] = v with { IsWeak = true };
        }
    }

    // "Naixue" beside "Naixue's tea": the head of a longer hand-written variant of an organisation whose
    // canonical form is something else entirely (not "Jingdong" of "Jingdong Mall", whose source is 京东 whole).
    private static bool IsHeadOnly(GlossaryEntry entry, string word)
    {
        if (string.IsNullOrWhiteSpace(entry.Source)) return false;
        string whole = string.Concat(VariantDeriver.Syllables(entry.Source));
        return !string.Equals(whole, word, StringComparison.OrdinalIgnoreCase);
    }

    // Every name the glossary knows, by key, with its entry.
    private static Dictionary<string, GlossaryEntry> OtherEntitiesByKey(Glossary glossary)
    {
        var result = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var e in glossary.Entries.Where(e => !e.IsTerm))
        {
            result.TryAdd(MatchKey.Of(e.Canonical), e);
            foreach (var v in e.Variants) result.TryAdd(MatchKey.Of(v), e);
        }
        return result;
    }

    // A context word is evidence for the entry itself only when it is something the entry alone
    // brings: a person (its founder: a known person, or a Chinese name in pinyin), one of its
    // products, or, for a product, its maker. Places, rivals and domain words ("Beijing", "Baidu",
    // "Tesla", "AI", "games") are domain, never evidence.
    private static bool IsEvidenceWord(GlossaryEntry entry, string word, Dictionary<string, GlossaryEntry> others)
    {
        if (VariantClassifier.IsOrdinary(word)) return false;
        if (others.TryGetValue(MatchKey.Of(word), out var other))
        {
            if (string.Equals(other.Canonical, entry.Canonical, StringComparison.Ordinal)) return true;
            return other.Type is "person" or "product" || entry.Type == "product" && other.Type == "organization";
        }
        var parts = word.Split(' ');
        return parts.Length == 2 && PinyinNames.IsName(parts[0], parts[1]);
    }
}

/// <summary>One way of writing an entry wrongly, and whether it was derived from the source form.</summary>
public sealed record GlossaryVariant(GlossaryEntry Entry, string Text, bool Derived)
{
    /// <summary>The canonical form itself: a match is an error only where its spaces or hyphens differ.</summary>
    public bool IsCanonical { get; init; }

    /// <summary>Ordinary English or distinctive (see <see cref="VariantClassifier"/>).</summary>
    public VariantClass Class { get; init; } = VariantClass.Distinctive;

    /// <summary>A bare short form ("Byte", "Ali", "Naixue"): rewritten only beside a full rendering of the entry.</summary>
    public bool IsWeak { get; init; }

    /// <summary>What a match needs before it is rewritten, in words (for <c>glossary lint -v</c>).</summary>
    public string EvidenceRequired => Entry.AsWritten && !Derived && !IsCanonical
        ? (Entry.Context.Count > 0 ? "a context word in the paragraph (a house entry: applied as written)" : "none (a house entry: applied as written)")
        : IsWeak
        ? "a full rendering of the entry or its source form in the same article (or a list of its peers)"
        : Class == VariantClass.Ordinary
            ? "entity evidence in the same article: a distinctive variant, its source form or its own words (founder, products); its canonical form alone is not enough"
            : Entry.Context.Count > 0 ? "a context word in the paragraph, or entity evidence in the article" : "none";
}

/// <summary>What an entry needs as evidence beyond its names: the context words that only it brings.</summary>
public sealed record EntryProfile(IReadOnlyList<string> EvidenceWords)
{
    public static EntryProfile None { get; } = new([]);
}
