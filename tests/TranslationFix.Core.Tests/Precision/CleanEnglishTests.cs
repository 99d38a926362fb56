using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Tests.Precision;

/// <summary>The shipped defaults never damage clean English; where text is MT, the fix reads as English.</summary>
public sealed class CleanEnglishTests
{
    private static readonly TranslationFixEngine Engine = TranslationFixEngine.Create(new EngineOptions());

    private static string Clean(string text, EngineOptions? options = null) =>
        (options is null ? Engine : TranslationFixEngine.Create(options)).Clean(text).Corrected.Text;

    [Theory]
    [InlineData("Muhammad Ali fought in Zaire. Huawei sponsored the film.")]
    [InlineData("The meeting was held at No. 10 Downing Street.")]
    [InlineData("Byte by byte, the file was copied. Baidu and Tencent disagreed.")]
    [InlineData("Wang Yi said China would not play a zero-sum game.")]
    [InlineData("We are witnessing a Cambrian explosion of AI models.")]
    [InlineData("Starlink satellites streaked across the Big Dipper.")]
    [InlineData("The inner volume of the tank is 40 litres.")]
    [InlineData("Imports of liquor, beer and white wine rose.")]
    [InlineData("Engineers tested a large-scale model of the bridge.")]
    [InlineData("Nayuki Holdings, known under the brand name Naixue, opened teahouses.")]
    [InlineData("Tencent founder Ma Huateng, or Pony Ma, spoke.")]
    [InlineData("Its name, 月之暗面, directly translates to \"Dark Side of the Moon\", and the AI startup behind Kimi raised funds.")]
    [InlineData("Tap Send Later — you might have to tap More.")]
    [InlineData("She ranked as high as world No. 2 in early 2014.")]
    [InlineData("Baijiu, variously translated as “white wine,” “white alcohol” or “white liquor,” is a grain spirit.")]
    [InlineData("Pony Ma (Ma Huateng) spoke, and Robin Zeng Yuqun listened.")]
    public void IssueExamples_AreUnchanged(string text) => Assert.Equal(text, Clean(text));

    [Fact]
    public void Superhero_InAnArticleOnOpenAI_IsNeverRewritten()
    {
        const string text = "Sam Altman of OpenAI spoke first. Later the Japanese superhero Ultraman, a television star since 1966, drew a bigger crowd.";
        Assert.Equal(text, Clean(text));
    }

    [Fact]
    public void FixOutput_IsNoEvidenceForAnotherFix()
    {
        // "Byte Jump" becomes "ByteDance", which must not vouch for "Ali" → "Alibaba".
        string fixedText = Clean("The Byte Jump unit of TikTok grew. Ali boxed in Zaire.");
        Assert.Equal("The ByteDance unit of TikTok grew. Ali boxed in Zaire.", fixedText);
    }

    [Theory]
    [InlineData("Naixue's tea opened stores. He Gang left Naixue in May.", "Nayuki opened stores. He Gang left Nayuki in May.")]
    [InlineData("Internet giants Baidu, Alibaba, SenseTime, Byte, etc. followed suit.", "Internet giants Baidu, Alibaba, SenseTime, ByteDance, etc. followed suit.")]
    [InlineData("TikTok is a unit of the Byte Jump.", "TikTok is a unit of ByteDance.")]
    [InlineData("Ningde Times' shares rose.", "CATL's shares rose.")]
    [InlineData("Analysts said ningde times shares rose.", "Analysts said CATL shares rose.")]
    [InlineData("Alibaba's Ali Cloud grew.", "Alibaba Cloud grew.")]
    [InlineData("Sam O Terman前往北京。", "Sam Altman前往北京。")]
    public void MachineTranslation_IsFixedAsEnglish(string text, string expected) => Assert.Equal(expected, Clean(text));

    [Fact]
    public void ShortForm_InAnArticleThatWritesTheCanonicalName_IsLeftAlone() =>
        Assert.Equal("Nayuki hired him. He Gang left Naixue in May.", Clean("Nayuki hired him. He Gang left Naixue in May."));

    [Theory]
    [InlineData("CATL", "a")]
    [InlineData("Li Auto", "a")]
    [InlineData("Honor", "an")]
    [InlineData("NIO", "an")]
    [InlineData("Alibaba", "an")]
    [InlineData("Unitree", "a")]
    public void IndefiniteArticle_AgreesWithTheFirstSound(string word, string article) =>
        Assert.Equal(article, Checks.Glossary.IndefiniteArticle.For(word));

    [Fact]
    public void AnArticle_AgreesWithTheReplacement()
    {
        var glossary = GlossaryLoader.Parse("- canonical: Li Auto\n  type: organization\n  variants: [\"Ideal Motorworks\"]\n", "house.yaml");
        string result = Clean("He met an Ideal Motorworks engineer.", new EngineOptions { UseBuiltInGlossaries = false, Glossaries = [glossary] });
        Assert.Equal("He met a Li Auto engineer.", result);
    }

    [Fact]
    public void ThePaper_AbsorbsTheArticle() =>
        Assert.Equal("Reporters from The Paper said so.", Clean("Reporters from the Surging News said so."));

    [Fact]
    public void Preference_IsInfoByDefault_AndFixedOnRequest()
    {
        var result = Engine.Clean("Ma Huateng spoke.");
        Assert.Equal("Ma Huateng spoke.", result.Corrected.Text);
        var finding = Assert.Single(result.Remaining, f => f.Rule.Id == "name.preference");
        Assert.Equal(Severity.Info, finding.Severity);
        var preferred = new EngineOptions { FixPreferences = true };
        Assert.Equal("Pony Ma spoke.", Clean("Ma Huateng spoke.", preferred));
        Assert.Equal("Pony Ma (Ma Huateng) spoke.", Clean("Pony Ma (Ma Huateng) spoke.", preferred));
        Assert.Equal("Robin Zeng Yuqun spoke.", Clean("Robin Zeng Yuqun spoke.", preferred));
    }

    [Fact]
    public void Preference_InAParagraphThatWritesBothNames_IsNotReported()
    {
        var both = Engine.Clean("We write Ma Huateng in the Chinese order. Others use an English name, as with Pony Ma.");
        Assert.DoesNotContain(both.Remaining, f => f.Rule.Id == "name.preference");
        var apart = Engine.Clean("We write Ma Huateng in the Chinese order.\n\nOthers use an English name, as with Pony Ma.");
        Assert.Contains(apart.Remaining, f => f.Rule.Id == "name.preference");
    }

    [Fact]
    public void HouseGlossary_OverridesShippedEntry_AndEntriesCanBeSwitchedOff()
    {
        var house = GlossaryLoader.Parse("- canonical: Nai Xue Tea House\n  type: organization\n  variants: [\"Naixue's tea\"]\n", "house.yaml");
        Assert.Equal("Nai Xue Tea House opened.", Clean("Naixue's tea opened.", new EngineOptions { Glossaries = [house] }));
        Assert.Equal("Naixue's tea opened.", Clean("Naixue's tea opened.", new EngineOptions { DisabledEntries = ["Nayuki"] }));
    }

    [Theory]
    [InlineData("Byte")]
    [InlineData("Glory")]
    [InlineData("Ali")]
    [InlineData("white wine")]
    [InlineData("inner volume")]
    [InlineData("go to sea")]
    [InlineData("Big Dipper")]
    [InlineData("Cambrian")]
    [InlineData("Wang Yi")]
    public void Classifier_OrdinaryEnglish(string text) => Assert.Equal(VariantClass.Ordinary, VariantClassifier.Classify(text));

    [Theory]
    [InlineData("Naixue's tea")]
    [InlineData("Kaifu Li")]
    [InlineData("Spell Duoduo")]
    [InlineData("Byte Jump")]
    [InlineData("Ningde Times")]
    public void Classifier_Distinctive(string text) => Assert.Equal(VariantClass.Distinctive, VariantClassifier.Classify(text));

    [Fact]
    public void GlossaryConflicts_NameBothPlaces()
    {
        var a = GlossaryLoader.Parse("- canonical: CATL\n  type: organization\n  variants: [\"Ningde Times\"]\n", "a.yaml");
        var b = GlossaryLoader.Parse("- canonical: Ningde Times\n  type: organization\n", "b.yaml");
        var conflict = Assert.Single(GlossaryConflict.Find(a.Entries.Concat(b.Entries)));
        Assert.Equal("a.yaml:1", conflict.First.ToString());
        Assert.Equal("b.yaml:1", conflict.Second.ToString());
    }
}
