namespace TranslationFix.Core.Glossary;

/// <summary>
/// A glossary made ready for matching: every entry's hand-written and derived variants in one
/// <see cref="TermMatcher{T}"/>. Built once; immutable; shared by all checks and threads.
/// </summary>
public sealed class CompiledGlossary
{
    public CompiledGlossary(Glossary glossary)
    {
        Glossary = glossary;
        var items = new List<(string, GlossaryVariant)>();
        foreach (var entry in glossary.Entries)
        {
            string canonicalKey = MatchKey.Of(entry.Canonical);
            var seen = new HashSet<string>(StringComparer.Ordinal) { canonicalKey };
            foreach (var variant in entry.Variants)
            {
                if (seen.Add(MatchKey.Of(variant))) items.Add((variant, new GlossaryVariant(entry, variant, Derived: false)));
            }
            foreach (var variant in VariantDeriver.Derive(entry))
            {
                if (seen.Add(MatchKey.Of(variant))) items.Add((variant, new GlossaryVariant(entry, variant, Derived: true)));
            }
            // A name's own key also finds it spaced or hyphenated wrongly ("Ali Baba", "Byte Dance").
            if (!entry.IsTerm && entry.Action == GlossaryAction.Fix)
                items.Add((entry.Canonical, new GlossaryVariant(entry, entry.Canonical, Derived: false) { IsCanonical = true }));
        }
        Variants = [.. items.Select(i => i.Item2)];
        Matcher = new TermMatcher<GlossaryVariant>(items);
    }

    public Glossary Glossary { get; }

    /// <summary>Every entry's hand-written and derived variants (those equal to the canonical form left out).</summary>
    public IReadOnlyList<GlossaryVariant> Variants { get; }
    public TermMatcher<GlossaryVariant> Matcher { get; }
}

/// <summary>One way of writing an entry wrongly, and whether it was derived from the source form.</summary>
public sealed record GlossaryVariant(GlossaryEntry Entry, string Text, bool Derived)
{
    /// <summary>The canonical form itself: a match is an error only where its spaces or hyphens differ.</summary>
    public bool IsCanonical { get; init; }
}
