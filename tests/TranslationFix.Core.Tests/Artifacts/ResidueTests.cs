using TranslationFix.Core.Checks.Residue;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

/// <summary>Chinese punctuation and untranslated text left in English articles.</summary>
public sealed class ResidueTests
{
    [Theory]
    [InlineData("Author丨Chen Lu Editor丨Wu Bo", "Author: Chen Lu Editor: Wu Bo")]
    [InlineData("Source @港湾 Author 丨 Lin Yu", "Source @港湾 Author: Lin Yu")]
    [InlineData("Wen 丨 Harbour Desk", "Text: Harbour Desk")]
    [InlineData("ships——and ports——waited", "ships—and ports—waited")]
    [InlineData("Kestrel、Lark and Finch rose", "Kestrel, Lark and Finch rose")]
    [InlineData("the port（Ningbo）reopened：traffic grew", "the port (Ningbo) reopened: traffic grew")]
    public void Fix_ChineseMarksBetweenEnglishWords_AreReplaced(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new ChineseSeparatorCheck(), input));

    [Theory]
    [InlineData("港口今天重新开放，交通恢复——据报道。")]
    [InlineData("The slogan 港口、航运 was painted on the wall")]
    [InlineData("A dash — here, and a comma, there.")]
    public void Fix_ChineseTextAndNativeMarks_AreLeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new ChineseSeparatorCheck(), input));

    [Theory]
    [InlineData("The 内卷 trend worries the port's workers.", "内卷")]
    [InlineData("Workers call it 躺平, and they stay home.", "躺平")]
    public void Analyze_ChineseWordInEnglishSentence_IsFlaggedWithItsSpan(string input, string word)
    {
        var finding = Assert.Single(Analyze(new UntranslatedTextCheck(), input));
        Assert.Equal("mt.untranslated", finding.Rule.Id);
        Assert.Equal(word, finding.Text);
        Assert.Null(finding.Replacement);
        Assert.Equal(input, Fix(new UntranslatedTextCheck(), input));
    }

    [Fact]
    public void Analyze_WholeChineseLineInEnglishArticle_IsFlagged()
    {
        string article = string.Join("\n\n", Enumerable.Repeat("The harbour reopened on Monday after a week of storms, officials said.", 4))
            + "\n港口周一重新开放\nThe harbour reopened on Monday.";
        var finding = Assert.Single(Analyze(new UntranslatedTextCheck(), article));
        Assert.Equal("港口周一重新开放", finding.Text);
    }

    [Theory]
    [InlineData("Lark, known as Yunque in Chinese 云雀, opened a shop.")]
    [InlineData("the brand Lark; Chinese: 云雀; pinyin: Yúnquè")]
    [InlineData("While chuhai (出海 or ‘going overseas’) grows")]
    [InlineData("the name 云雀, transliterated as Yunque, means lark")]
    [InlineData("Native name | 云雀控股 |")]
    [InlineData("No Chinese here at all.")]
    public void Analyze_NativeExplanations_AreNotFlagged(string input) =>
        Assert.Empty(Analyze(new UntranslatedTextCheck(), input));

    [Fact]
    public void Analyze_ChineseDocument_IsNotFlagged() =>
        Assert.Empty(Analyze(new UntranslatedTextCheck(), "港口周一重新开放。\n\n交通恢复正常。"));
}
