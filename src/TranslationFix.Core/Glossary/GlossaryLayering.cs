namespace TranslationFix.Core.Glossary;

/// <summary>
/// The user's glossary wins: a house entry with the same canonical form replaces a shipped one;
/// a shipped variant equal to a house variant or canonical form is dropped from the shipped
/// entry; a shipped entry can be switched off by its canonical form. Preference entries become
/// errors to fix where the house style asks for the preferred names.
/// </summary>
public static class GlossaryLayering
{
    public static Glossary Layer(IEnumerable<Glossary> shipped, IEnumerable<Glossary> house,
        IReadOnlyCollection<string> disabledCanonicals, bool fixPreferences, string? pair = null)
    {
        var shippedList = shipped.ToList();
        var houseList = house.ToList();
        var houseEntries = houseList.SelectMany(g => g.Entries).ToList();
        var houseCanonicals = houseEntries.Select(e => MatchKey.Of(e.Canonical)).ToHashSet(StringComparer.Ordinal);
        var houseNames = houseEntries.SelectMany(e => e.Variants.Append(e.Canonical)).Select(MatchKey.Of).ToHashSet(StringComparer.Ordinal);
        var off = disabledCanonicals.Select(MatchKey.Of).ToHashSet(StringComparer.Ordinal);

        var kept = new List<GlossaryEntry>();
        foreach (var entry in shippedList.SelectMany(g => g.Entries))
        {
            string key = MatchKey.Of(entry.Canonical);
            if (houseCanonicals.Contains(key) || off.Contains(key)) continue;
            bool clash = entry.Variants.Any(v => houseNames.Contains(MatchKey.Of(v)));
            kept.Add(clash ? entry with { Variants = [.. entry.Variants.Where(v => !houseNames.Contains(MatchKey.Of(v)))] } : entry);
        }
        kept.AddRange(houseEntries.Where(e => !off.Contains(MatchKey.Of(e.Canonical))).Select(e => e with { AsWritten = true }));
        if (fixPreferences)
        {
            for (int i = 0; i < kept.Count; i++)
                if (kept[i].Kind == GlossaryKind.Preference) kept[i] = kept[i] with { Kind = GlossaryKind.Error };
        }
        var all = shippedList.Concat(houseList).ToList();
        return new Glossary(kept, all.SelectMany(g => g.Rules), pair ?? all.Select(g => g.Pair).Distinct().SingleOrDefaultIfMany());
    }
}

/// <summary>One variant read two ways across glossaries, with where both are written.</summary>
public sealed record GlossaryConflict(string Message, SourceLocation First, SourceLocation Second)
{
    /// <summary>Variants with two canonical forms, and variants equal to another entry's canonical form.</summary>
    public static IReadOnlyList<GlossaryConflict> Find(IEnumerable<GlossaryEntry> entries)
    {
        var list = entries.ToList();
        var conflicts = new List<GlossaryConflict>();
        var byVariant = new Dictionary<string, (GlossaryEntry Entry, string Variant)>(StringComparer.Ordinal);
        var byCanonical = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var e in list) byCanonical.TryAdd(MatchKey.Of(e.Canonical), e);
        foreach (var e in list)
        {
            foreach (var v in e.Variants)
            {
                string key = MatchKey.Of(v);
                if (byVariant.TryGetValue(key, out var first) && MatchKey.Of(first.Entry.Canonical) != MatchKey.Of(e.Canonical))
                    conflicts.Add(new($"variant '{v}' has two canonical forms: '{first.Entry.Canonical}' and '{e.Canonical}'", first.Entry.Location, e.Location));
                else byVariant.TryAdd(key, (e, v));
                if (byCanonical.TryGetValue(key, out var other) && MatchKey.Of(other.Canonical) != MatchKey.Of(e.Canonical))
                    conflicts.Add(new($"variant '{v}' of '{e.Canonical}' is the canonical form of another entry", e.Location, other.Location));
            }
        }
        return conflicts;
    }
}
