using TranslationFix.Translation.Protection;

namespace TranslationFix.Translation.Tests.Protection;

public sealed class DictionaryMarkupTests
{
    [Theory]
    [InlineData("奈雪的茶", "Nayuki", "<mstrans:dictionary translation=\"Nayuki\">奈雪的茶</mstrans:dictionary>")]
    [InlineData("字节跳动", "\"Byte\" & <Dance>", "<mstrans:dictionary translation=\"&quot;Byte&quot; &amp; &lt;Dance&gt;\">字节跳动</mstrans:dictionary>")]
    [InlineData("AT&T<x>", "AT&T", "<mstrans:dictionary translation=\"AT&amp;T\">AT&amp;T&lt;x&gt;</mstrans:dictionary>")]
    public void Wrap_PlainText_Escaped(string source, string translation, string expected) =>
        Assert.Equal(expected, DictionaryMarkup.Wrap(source, translation));

    [Fact]
    public void Wrap_Html_SourceLeftAsItIs() =>
        Assert.Equal("<mstrans:dictionary translation=\"AT&amp;T\">AT&amp;T</mstrans:dictionary>",
            DictionaryMarkup.Wrap("AT&amp;T", "AT&T", TextType.Html));

    [Theory]
    [InlineData("Nayuki CTO resigned.", "Nayuki CTO resigned.")]
    [InlineData("<mstrans:dictionary translation=\"Nayuki\">奈雪的茶</mstrans:dictionary> CTO", "Nayuki CTO")]
    [InlineData("<mstrans:dictionary translation=\"A &amp; B\">甲乙</mstrans:dictionary>", "A & B")]
    public void Strip_LeftoverMarkup_ReplacedByTranslation(string translated, string expected) =>
        Assert.Equal(expected, DictionaryMarkup.Strip(translated));
}
