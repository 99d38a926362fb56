using TranslationFix.Core.Glossary;
using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Names;

public sealed class CompanyPersonPossessiveCheckTests
{
    private const string Companies = """
        - canonical: Meituan
          source: 美团
          type: organization
        - canonical: Sogou
          source: 搜狗
          type: organization
        - canonical: BYD
          source: 比亚迪
          type: organization
        - canonical: Alibaba
          source: 阿里巴巴
          type: organization
        """;

    [Theory]
    [InlineData("veterans such as Meituan Wang Huiwen, Sogou Wang Xiaochuan, and others",
                "veterans such as Meituan’s Wang Huiwen, Sogou’s Wang Xiaochuan, and others")]   // typographic by default
    [InlineData("Meituan Wang Huiwen’s company", "Meituan’s Wang Huiwen’s company")]      // the text's apostrophe
    [InlineData("it's said Alibaba Zhang Yong.", "it's said Alibaba's Zhang Yong.")]         // the text's own apostrophe
    public void Fix_CompanyThenChineseName_GetsThePossessive(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix(Companies, input));

    [Theory]
    [InlineData("Meituan's Wang Huiwen left.")]        // already possessive
    [InlineData("BYD Song Plus sold well.")]           // a model name, not a person ("Plus" is no pinyin)
    [InlineData("BYD Han EV sold well.")]
    [InlineData("Alibaba Cloud Intelligence grew.")]   // no surname
    [InlineData("Alibaba John Smith said.")]           // not a Chinese name
    [InlineData("Meituan, Wang Huiwen said.")]         // not run together
    [InlineData("MEITUAN Wang Huiwen")]                // not the glossary's spelling
    public void Fix_NoCompanyPersonRunTogether_LeavesTextAlone(string input)
        => Assert.Equal(input, TestEngine.Fix(Companies, input));

    [Theory]
    [InlineData("Wang", "Huiwen", true)]
    [InlineData("Ouyang", "Xiu", true)]
    [InlineData("Li", "Kai-fu", true)]
    [InlineData("Song", "Plus", false)]
    [InlineData("John", "Smith", false)]
    [InlineData("Wang", "Huiwenxiaochuan", false)]   // more than two syllables
    public void PinyinNames_IsName_KnowsSurnameAndSyllables(string surname, string given, bool expected)
        => Assert.Equal(expected, PinyinNames.IsName(surname, given));
}
