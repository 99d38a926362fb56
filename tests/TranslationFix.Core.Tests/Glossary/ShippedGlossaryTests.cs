using TranslationFix.Core.Checks.Glossary;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Glossary;

/// <summary>The shipped glossaries are data with rules of their own: they load, they are large enough, and they are safe.</summary>
public sealed class ShippedGlossaryTests
{
    /// <summary>Every pair shipped to English, merged as the engine merges them for English text.</summary>
    private static readonly Lazy<CheckPipeline> GlossaryOnly = new(() =>
        new CheckPipelineBuilder().UseGlossary(new CompiledGlossary(TranslationFix.Core.Glossary.Glossary.Merge(BuiltInGlossaries.ForTarget("en"), "all-en"))).Build());

    public static TheoryData<string> Canonicals()
    {
        var data = new TheoryData<string>();
        foreach (var c in BuiltInGlossaries.ForTarget("en").SelectMany(g => g.Entries).Select(e => e.Canonical).Distinct()) data.Add(c);
        return data;
    }

    public static TheoryData<string> EnglishPairs() => ["zh-en", "ja-en", "ko-en"];

    [Fact]
    public void ZhEn_IsEmbeddedAndLarge()
    {
        Assert.Contains("zh-en", BuiltInGlossaries.Pairs);
        Assert.True(BuiltInGlossaries.For("zh-en").Entries.Count >= 300);
    }

    [Theory]
    [MemberData(nameof(EnglishPairs))]
    public void Pair_IsEmbeddedAndUsedForEnglishText(string pair)
    {
        Assert.Contains(pair, BuiltInGlossaries.Pairs);
        Assert.NotEmpty(BuiltInGlossaries.For(pair).Entries);
        Assert.Contains(BuiltInGlossaries.For(pair), BuiltInGlossaries.ForTarget("en"));
    }

    [Theory]
    [MemberData(nameof(EnglishPairs))]
    public void Pair_EntriesCarryTheirSourceScript(string pair)
    {
        var entries = BuiltInGlossaries.For(pair).Entries;
        // A source, where given, is in the pair's source script; an entry without one needs variants.
        Assert.All(entries, e => Assert.True(
            e.Source is null ? e.Variants.Count > 0 : e.Source.Any(c => IsSourceScript(pair, c)),
            $"{e.Location}: {e.Canonical}"));
        Assert.True(entries.Count(e => e.Source is not null) >= entries.Count * 0.95);
    }

    [Theory]
    [MemberData(nameof(EnglishPairs))]
    public void Pair_EveryEntryRecordsItsEvidence(string pair)
    {
        if (pair == "zh-en") return; // the zh-en pack predates the evidence rule (docs/glossaries-ja-ko.md)
        Assert.All(BuiltInGlossaries.For(pair).Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Note), $"{e.Location}: {e.Canonical}"));
    }

    private static bool IsSourceScript(string pair, char c) => pair switch
    {
        "ko-en" => c is >= '\uAC00' and <= '\uD7AF',
        "ja-en" => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF',
        _ => c is >= '\u4E00' and <= '\u9FFF',
    };

    /// <summary>A canonical form never triggers a fix, whichever pack it comes from: otherwise the tool would rewrite correct text, and never stop.</summary>
    [Theory]
    [MemberData(nameof(Canonicals))]
    public void Fix_CanonicalForm_IsLeftAlone(string canonical)
    {
        var pipeline = GlossaryOnly.Value;
        foreach (var text in new[] { canonical, $"Reports say {canonical} grew.", $"{canonical}’s results" })
        {
            var fixes = pipeline.Analyze(Document.Create(text)).Where(f => f.HasFix).ToList();
            Assert.True(fixes.Count == 0, $"'{text}' → {string.Join("; ", fixes.Select(f => f.Message))}");
        }
    }
}
