using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Derivation;
using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Glossary.Derivation;

/// <summary>
/// The precomputed literal variants (Data/literal-variants.tsv) are exactly what derivation gives
/// for the shipped glossaries. When a glossary changes, this writes literal-variants.received.tsv
/// beside the file: review it and rename it over literal-variants.tsv.
/// </summary>
public sealed class LiteralVariantCacheTests
{
    private static string CachePath => Path.Combine(TestEngine.RepoRoot, "src/TranslationFix.Core/Glossary/Derivation/Data/literal-variants.tsv");

    [Fact]
    public void Cache_MatchesAFreshDerivationOfTheShippedGlossaries()
    {
        var entries = BuiltInGlossaries.Pairs.SelectMany(p => BuiltInGlossaries.For(p).Entries);
        string expected = LiteralVariantCache.Write(entries, CedictDictionary.Instance);
        string actual = File.ReadAllText(CachePath);
        string received = Path.ChangeExtension(CachePath, ".received.tsv");
        if (actual == expected)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, expected);
        Assert.Fail($"{CachePath} is out of date: review {received} and rename it over the file.");
    }

    [Fact]
    public void Derive_ShippedEntry_IsServedFromTheCache()
    {
        var entry = BuiltInGlossaries.For("zh-en").Entries.First(e => e.Source == "宁德时代");
        Assert.True(LiteralVariantCache.TryGet(entry, out var cached));
        Assert.Equal(LiteralVariants.Compute(entry, CedictDictionary.Instance), cached);
    }

    [Fact]
    public void Parse_RoundTripsWhatWriteWrites()
    {
        var entry = new GlossaryEntry { Canonical = "CATL", Source = "宁德时代", Type = "organization" };
        var rows = LiteralVariantCache.Parse(LiteralVariantCache.Write([entry], CedictDictionary.Instance));
        Assert.Equal(LiteralVariants.Compute(entry, CedictDictionary.Instance), rows[LiteralVariantCache.Key(entry)]);
    }
}

/// <summary>The shipped glossaries' literal variants are safe data too.</summary>
public sealed class ShippedLiteralVariantTests
{
    [Fact]
    public void ShippedEntries_NoLiteralVariantIsAnotherEntrysCanonicalForm()
    {
        var entries = BuiltInGlossaries.For("zh-en").Entries;
        var canonicals = entries.GroupBy(e => MatchKey.Of(e.Canonical)).ToDictionary(g => g.Key, g => g.First());
        foreach (var entry in entries)
        {
            foreach (var v in LiteralVariants.Derive(entry))
            {
                Assert.False(canonicals.TryGetValue(MatchKey.Of(v.Text), out var other) && other.Canonical != entry.Canonical,
                    $"{entry.Location}: '{v.Text}' of {entry.Canonical} is the canonical form of {other?.Canonical}");
            }
        }
    }
}
