using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Derivation;

namespace TranslationFix.Core.Tests.Glossary.Derivation;

/// <summary>Literal renderings composed from a source form and CC-CEDICT, the way MT writes them.</summary>
public sealed class LiteralVariantsTests
{
    private static GlossaryEntry Entry(string canonical, string source, string type = "organization",
        string[]? context = null, GlossaryAction action = GlossaryAction.Fix) =>
        new() { Canonical = canonical, Source = source, Type = type, Context = context ?? [], Action = action };

    /// <summary>The usable variants, freshly derived (no cache).</summary>
    private static IReadOnlyList<DerivedVariant> Derive(string canonical, string source, string type = "organization",
        string[]? context = null, GlossaryAction action = GlossaryAction.Fix)
    {
        var entry = Entry(canonical, source, type, context, action);
        return [.. LiteralVariants.Compute(entry, CedictDictionary.Instance).Where(v => LiteralVariants.IsUsable(entry, v))];
    }

    private static IEnumerable<string> Texts(IEnumerable<DerivedVariant> variants) => variants.Select(v => v.Text);

    [Fact]
    public void Derive_KeepsWordOrder_PinyinOfAPlaceAndEachGlossOfTheRest()
    {
        var variants = Derive("CATL", "宁德时代");
        Assert.Equal("Ningde Times", variants[0].Text);
        Assert.Contains("Ningde Era", Texts(variants));
        Assert.Contains("Ningde Age", Texts(variants));
        Assert.Equal("pinyin 宁德 + usual 时代", variants[0].How);
        Assert.False(variants[0].IsOrdinaryEnglish);
    }

    [Fact]
    public void Derive_DePhrase_BothWays()
    {
        var texts = Texts(Derive("Nayuki", "奈雪的茶")).ToList();
        Assert.Contains("Naixue's Tea", texts);   // 奈 + 雪 spelled as one name
        Assert.Contains("Tea of Naixue", texts);
    }

    [Fact]
    public void Derive_GenericSuffix_TakesItsUsualRendering()
    {
        var variants = Derive("SenseTime", "商汤科技");
        Assert.Equal("Shangtang Technology", variants[0].Text);
        Assert.Contains("Shangtang Tech", Texts(variants));
    }

    [Fact]
    public void Derive_OrdinaryEnglishOnly_NeedsAnEntryThatDemandsEvidence()
    {
        // 理想汽车 → "Ideal Car": plain English, so only for an entry with context or a flag.
        Assert.DoesNotContain("Ideal Car", Texts(Derive("Li Auto", "理想汽车")));
        var withContext = Derive("Li Auto", "理想汽车", context: ["EV"]);
        Assert.Contains(withContext, v => v.Text == "Ideal Car" && v.IsOrdinaryEnglish);
        Assert.Contains("Ideal Auto", Texts(Derive("Li Auto", "理想汽车", action: GlossaryAction.Flag)));
    }

    [Fact]
    public void Withheld_AreTheOrdinaryEnglishRenderingsOfAnEntryWithoutEvidence()
    {
        var withheld = LiteralVariants.Withheld(Entry("Li Auto", "理想汽车"));
        Assert.Contains(withheld, v => v.Text == "Ideal Car");
        Assert.All(withheld, v => Assert.True(v.IsOrdinaryEnglish));
        Assert.InRange(withheld.Count, 1, LiteralVariants.MaxWithheldPerEntry);
        Assert.Empty(LiteralVariants.Withheld(Entry("Li Auto", "理想汽车", context: ["EV"])));
    }

    [Fact]
    public void Derive_NameKnownOnlyAsAName_IsAlsoRenderedWordByWordAndCharacterByCharacter()
    {
        var texts = Texts(Derive("Pinduoduo", "拼多多", "product", context: ["e-commerce"])).ToList();
        Assert.Contains("Piece Together Many", texts);        // 拼 + 多多
        Assert.Contains("Piece Together Many Many", texts);   // 拼 + 多 + 多
        Assert.Contains("Byte Pulse", Texts(Derive("ByteDance", "字节跳动", context: ["TikTok"])));
    }

    [Fact]
    public void Derive_Numeral_AsDigitsAndAsWord()
    {
        var texts = Texts(Derive("Three Squirrels", "三只松鼠", context: ["snacks"])).ToList();
        Assert.Contains(texts, t => t.StartsWith("3 "));
        Assert.Contains(texts, t => t.StartsWith("Three ") && t != "Three Squirrels");
    }

    [Theory]
    [InlineData("Xiaomi", "小米集团")]          // "Xiaomi Group" is the company's own longer name
    [InlineData("Xinhua News Agency", "新华社")] // "Xinhua Agency": a short form, not an error
    public void Derive_PartOrExtensionOfTheCanonicalForm_IsLeftOut(string canonical, string source)
    {
        foreach (var v in Derive(canonical, source, context: ["x"]))
            Assert.DoesNotContain(canonical.Split(' ')[0], v.Text.Split(' '));
    }

    [Fact]
    public void Derive_IsBoundedAndDistinct()
    {
        var variants = Derive("Honor of Kings", "王者荣耀", "product", context: ["game"]);
        Assert.InRange(variants.Count, 1, LiteralVariants.MaxPerEntry);
        Assert.Equal(variants.Count, variants.Select(v => MatchKey.Of(v.Text)).Distinct().Count());
    }

    [Theory]
    [InlineData("person")]
    [InlineData("term")]
    [InlineData("place")]
    public void Derive_NotForPeopleTermsOrPlaces(string type)
        => Assert.Empty(Derive("Ningde", "宁德时代", type, context: ["x"]));

    [Fact]
    public void Derive_WhenSwitchedOff_GivesNothing()
    {
        var entry = new GlossaryEntry { Canonical = "CATL", Source = "宁德时代", Type = "organization", Derive = false };
        Assert.Empty(LiteralVariants.Derive(entry));
        Assert.DoesNotContain("Ningde Times", VariantDeriver.Derive(entry));
    }

    [Fact]
    public void VariantDeriver_IncludesLiteralVariants()
        => Assert.Contains("Ningde Times", VariantDeriver.Derive(new GlossaryEntry { Canonical = "CATL", Source = "宁德时代", Type = "organization" }));

    [Theory]
    [InlineData("tea of naixue", "Tea of Naixue")]
    [InlineData("piece together many", "Piece Together Many")]
    [InlineData("naixue's tea", "Naixue's Tea")]
    [InlineData("light-year outside", "Light-Year Outside")]
    public void TitleCase_LikeMt(string text, string expected) => Assert.Equal(expected, LiteralVariants.TitleCase(text));
}
