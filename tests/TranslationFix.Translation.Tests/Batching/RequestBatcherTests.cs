using TranslationFix.Translation.Batching;

namespace TranslationFix.Translation.Tests.Batching;

public sealed class RequestBatcherTests
{
    [Fact]
    public void Plan_ElementLimit_StartsNewBatch()
    {
        var plan = new RequestBatcher(maxElements: 3, maxCharacters: 1_000).Plan(["a", "b", "c", "d"]);

        Assert.Equal([3, 1], plan.Select(b => b.Count));
    }

    [Fact]
    public void Plan_CharacterLimit_BatchesStayWithinIt()
    {
        var plan = new RequestBatcher(maxElements: 100, maxCharacters: 10).Plan(["aaaa", "bbbb", "cccc", "dddddddddd"]);

        Assert.Equal(["aaaa|bbbb", "cccc", "dddddddddd"], plan.Select(b => string.Join("|", b.Select(p => p.Text))));
    }

    [Fact]
    public void Plan_LongText_CutBetweenSentencesOnly()
    {
        var plan = new RequestBatcher(maxElements: 100, maxCharacters: 10).Plan(["一二三。四五六。七八九十一二。"]);

        var pieces = plan.SelectMany(b => b).ToList();
        Assert.Equal(["一二三。四五六。", "七八九十一二。"], pieces.Select(p => p.Text));
        Assert.All(pieces, p => Assert.Equal(0, p.TextIndex));
    }

    [Fact]
    public void Plan_BlankTexts_Skipped()
    {
        var plan = new RequestBatcher(10, 100).Plan(["", " ", "x"]);

        Assert.Equal(2, Assert.Single(Assert.Single(plan)).TextIndex);
    }

    [Theory]
    [InlineData("en", "One. Two.")]
    [InlineData("en-GB", "One. Two.")]
    [InlineData("ja", "One.Two.")]
    public void Reassemble_PiecesOfOneText_JoinedWithSpaceWhereTheLanguageUsesSpaces(string language, string expected)
    {
        var result = RequestBatcher.Reassemble(["一。二。", ""],
            [(new TextPiece(0, "一。"), "One."), (new TextPiece(0, "二。"), "Two.")], language);

        Assert.Equal([expected, ""], result);
    }

    [Fact]
    public void Reassemble_PieceEndingInSpace_NoDoubleSpace()
    {
        var result = RequestBatcher.Reassemble(["x"], [(new TextPiece(0, "a"), "One. "), (new TextPiece(0, "b"), "Two.")], "en");

        Assert.Equal("One. Two.", Assert.Single(result));
    }
}
