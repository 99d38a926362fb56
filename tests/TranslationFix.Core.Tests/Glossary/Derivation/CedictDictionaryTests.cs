using TranslationFix.Core.Glossary.Derivation;

namespace TranslationFix.Core.Tests.Glossary.Derivation;

/// <summary>The embedded CC-CEDICT extract: it parses, names its source and licence, and answers lookups.</summary>
public sealed class CedictDictionaryTests
{
    private static CedictDictionary Dictionary => CedictDictionary.Instance;

    [Fact]
    public void Header_NamesSourceLicenceAndGenerator()
    {
        string header = string.Join("\n", Dictionary.Header);
        Assert.Contains("CC-CEDICT", header);
        Assert.Contains("MDBG", header);
        Assert.Contains("CC BY-SA 4.0", header);
        Assert.Contains("tools/cedict/build.sh", header);
    }

    [Fact]
    public void LicenceNotice_SitsBesideTheFile()
    {
        string notice = File.ReadAllText(Path.Combine(Support.TestEngine.RepoRoot,
            "src/TranslationFix.Core/Glossary/Derivation/Data/cedict-compact.LICENSE.txt"));
        Assert.Contains("CC BY-SA 4.0", notice);
        Assert.Contains("MDBG", notice);
    }

    [Fact]
    public void Extract_IsLargeAndSortedForBinarySearch()
    {
        Assert.True(Dictionary.Count > 100_000, $"{Dictionary.Count} headwords");
        // Binary search needs ordinal order: every headword of a sample is found again.
        foreach (var word in new[] { "一", "中国", "宁德", "时代", "银行", "龟" }) Assert.NotNull(Dictionary.Lookup(word));
    }

    [Fact]
    public void Lookup_GivesTonelessPinyinAndEveryReadingsGlosses()
    {
        var moon = Dictionary.Lookup("月")!;
        Assert.Equal("yue", moon.Readings[0]);
        Assert.Contains("moon", moon.Glosses);
        Assert.Contains("month", moon.Glosses);
        var walkOrRow = Dictionary.Lookup("行")!;
        Assert.Contains("row", walkOrRow.Glosses);
        Assert.Contains("walk", walkOrRow.Glosses);
        Assert.Equal("Ningde", Dictionary.Lookup("宁德")!.Pinyin);
    }

    [Fact]
    public void Glosses_AreShortRenderingsNotExplanations()
    {
        var bank = Dictionary.Lookup("银行")!;
        Assert.Equal(["bank"], bank.Glosses);
        // 控股's only sense is a definition ("to own a controlling number of shares"): no gloss kept.
        Assert.Empty(Dictionary.Lookup("控股")!.Glosses);
        Assert.DoesNotContain(Dictionary.Lookup("王")!.Glosses, g => g.Contains("surname"));
    }

    [Fact]
    public void LongestAt_PrefersTheLongestWord()
    {
        Assert.Equal("宁德", Dictionary.LongestAt("宁德时代", 0)!.Headword);
        Assert.Equal("时代", Dictionary.LongestAt("宁德时代", 2)!.Headword);
        Assert.Null(Dictionary.LongestAt("abc", 0));
    }

    [Theory]
    [InlineData("pin", true)]
    [InlineData("Long", true)]
    [InlineData("ningde", false)]
    [InlineData("duoduo", false)]
    public void IsEnglishWord_KnowsTheGlossVocabulary(string word, bool expected)
        => Assert.Equal(expected, Dictionary.IsEnglishWord(word));

    [Fact]
    public void Parse_ReadsHeaderEntriesAndWords()
    {
        var d = CedictDictionary.Parse("# Source: test\n月\tyue\tmoon|month\n\t\n#words\nmoon\n");
        Assert.Equal(["Source: test"], d.Header);
        Assert.Equal(["moon", "month"], d.Lookup("月")!.Glosses);
        Assert.True(d.IsEnglishWord("moon"));
        Assert.False(d.IsEnglishWord("yue"));
    }
}
