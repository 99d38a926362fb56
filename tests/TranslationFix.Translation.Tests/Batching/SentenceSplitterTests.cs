using TranslationFix.Translation.Batching;

namespace TranslationFix.Translation.Tests.Batching;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("奈雪的茶上市。何刚离职！", new[] { "奈雪的茶上市。", "何刚离职！" })]
    [InlineData("他说：“好。”然后走了。", new[] { "他说：“好。”", "然后走了。" })]
    [InlineData("Sales rose. Costs fell!", new[] { "Sales rose. ", "Costs fell!" })]
    [InlineData("Growth was 3.5 per cent. Next", new[] { "Growth was 3.5 per cent. ", "Next" })]
    [InlineData("Wait... really?! Yes", new[] { "Wait... ", "really?! ", "Yes" })]
    [InlineData("line one\nline two", new[] { "line one\n", "line two" })]
    [InlineData("no end mark", new[] { "no end mark" })]
    [InlineData("", new string[0])]
    public void Split_Text_PiecesEndAtSentenceEnds(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text));

    [Theory]
    [InlineData("<mstrans:dictionary translation=\"Co. Ltd. Inc\">某公司</mstrans:dictionary>上市。好")]
    [InlineData("<p class=\"a. b\">一。</p>二。")]
    public void Split_Markup_NeverCutInsideATag(string text)
    {
        var pieces = SentenceSplitter.Split(text);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.Equal(p.Count(c => c == '<'), p.Count(c => c == '>')));
    }

    [Fact]
    public void Split_AnyText_ConcatenationIsTheText()
    {
        var random = new Random(7);
        const string alphabet = "ab .!?。！？\n\"”<>字 3";
        for (int n = 0; n < 200; n++)
        {
            string text = new([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(text, string.Concat(SentenceSplitter.Split(text)));
        }
    }
}
