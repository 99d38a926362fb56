using TranslationFix.Core.Checks.Glossary;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Glossary;

/// <summary>The shipped glossaries are data with rules of their own: they load, they are large enough, and they are safe.</summary>
public sealed class ShippedGlossaryTests
{
    private static readonly Lazy<CheckPipeline> GlossaryOnly = new(() =>
        new CheckPipelineBuilder().UseGlossary(new CompiledGlossary(BuiltInGlossaries.For("zh-en"))).Build());

    public static TheoryData<string> Canonicals()
    {
        var data = new TheoryData<string>();
        foreach (var c in BuiltInGlossaries.For("zh-en").Entries.Select(e => e.Canonical).Distinct()) data.Add(c);
        return data;
    }

    [Fact]
    public void ZhEn_IsEmbeddedAndLarge()
    {
        Assert.Contains("zh-en", BuiltInGlossaries.Pairs);
        Assert.True(BuiltInGlossaries.For("zh-en").Entries.Count >= 300);
        Assert.Equal(BuiltInGlossaries.For("zh-en"), BuiltInGlossaries.ForTarget("en").Single());
    }

    [Fact]
    public void ZhEn_EntriesCarryTheirChineseSource()
    {
        var entries = BuiltInGlossaries.For("zh-en").Entries;
        // A source, where given, is Chinese; an entry without one (a foreign publication's typo) needs variants.
        Assert.All(entries, e => Assert.True(
            e.Source is null ? e.Variants.Count > 0 : e.Source.Any(c => c is >= '\u4E00' and <= '\u9FFF'),
            $"{e.Location}: {e.Canonical}"));
        Assert.True(entries.Count(e => e.Source is not null) >= entries.Count * 0.95);
    }

    /// <summary>A canonical form never triggers a fix: otherwise the tool would rewrite correct text, and never stop.</summary>
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
