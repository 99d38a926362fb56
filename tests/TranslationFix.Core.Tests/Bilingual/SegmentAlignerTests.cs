using TranslationFix.Core.Bilingual;

namespace TranslationFix.Core.Tests.Bilingual;

public sealed class SegmentAlignerTests
{
    [Fact]
    public void Align_Paragraphs_PairsInOrderWithTargetSpans()
    {
        const string target = "First para.\nStill first.\n\n\nSecond.";
        var alignment = SegmentAligner.Align("第一段。\n\n第二段。", target, AlignmentMode.Paragraphs);
        Assert.True(alignment.IsComplete);
        Assert.Equal(["第一段。", "第二段。"], alignment.Pairs.Select(p => p.Source));
        Assert.Equal(["First para.\nStill first.", "Second."], alignment.Pairs.Select(p => target.Substring(p.Target.Start, p.Target.Length)));
    }

    [Fact]
    public void Align_Lines_SkipsBlankLines()
    {
        const string target = "one\r\n\r\ntwo\r\nthree";
        var alignment = SegmentAligner.Align("一\n二\n三\n四", target, AlignmentMode.Lines);
        Assert.False(alignment.IsComplete);
        Assert.Equal((4, 3), (alignment.SourceParts, alignment.TargetParts));
        Assert.Equal(["one", "two", "three"], alignment.Pairs.Select(p => target.Substring(p.Target.Start, p.Target.Length)));
    }
}
