using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Tests.Glossary;

public sealed class VariantDeriverTests
{
    private static IReadOnlyList<string> Derive(string canonical, string source, string type) =>
        VariantDeriver.Derive(new GlossaryEntry { Canonical = canonical, Source = source, Type = type });

    [Fact]
    public void Derive_OrganizationWithDe_GivesDistinctivePart()
        => Assert.Contains("Naixue", Derive("Nayuki", "奈雪的茶", "organization"));

    [Fact]
    public void Derive_OrganizationWithGenericSuffix_DropsTheSuffix()
        => Assert.Contains("Shangtang", Derive("SenseTime", "商汤科技", "organization"));

    [Fact]
    public void Derive_Person_GivesBothOrders()
    {
        var forms = Derive("Kai-Fu Lee", "李开复", "person");
        Assert.Contains("Li Kaifu", forms);
        Assert.Contains("Kaifu Li", forms);
    }

    [Fact]
    public void Derive_PersonWithCompoundSurname_KeepsSurnameWhole()
        => Assert.Contains("Ouyang Xiu", Derive("Ou-yang Hsiu", "欧阳修", "person"));

    [Theory]
    [InlineData("Wang Huiwen", "王慧文", "person")]        // canonical is the pinyin: nothing to add
    [InlineData("Sam Altman", "山姆·奥特曼", "person")]     // a foreign name in Chinese: pinyin is useless
    [InlineData("Baidu", "百度", "organization")]           // pinyin equals the canonical
    [InlineData("Tea", "茶", "organization")]               // one syllable is too short to match safely
    public void Derive_NothingUseful_GivesNothing(string canonical, string source, string type)
        => Assert.Empty(Derive(canonical, source, type));

    [Fact]
    public void Derive_WhenSwitchedOff_GivesNothing()
        => Assert.Empty(VariantDeriver.Derive(new GlossaryEntry { Canonical = "Nayuki", Source = "奈雪的茶", Type = "organization", Derive = false }));
}
