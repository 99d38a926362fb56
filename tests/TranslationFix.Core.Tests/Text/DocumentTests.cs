using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Text;

public sealed class DocumentTests
{
    [Theory]
    [InlineData("see https://example.com/a-b. Then", "https://example.com/a-b")]
    [InlineData("mail ann@example.org now", "ann@example.org")]
    [InlineData("a <span class=\"x\">b</span>", "<span class=\"x\">")]
    [InlineData("run `tfix fix` now", "`tfix fix`")]
    [InlineData("```\nbig model\n```\n", "```\nbig model\n```")]
    public void ProtectedRegions_CoverUrlsMailTagsAndCode(string text, string expected)
    {
        var doc = Document.Create(text, DocumentFormat.Markdown);
        int at = text.IndexOf(expected, StringComparison.Ordinal);
        Assert.True(doc.IsProtected(at, expected.Length));
        Assert.Contains(doc.ProtectedRegions, r => r.Start <= at && r.End >= at + expected.Length - 1);
    }

    [Fact]
    public void ProtectedRegions_PlainWords_AreNotProtected()
        => Assert.Empty(Document.Create("Nayuki opened 1,194 stores. Wait... yes.").ProtectedRegions);

    [Fact]
    public void Paragraphs_AreRunsOfNonBlankLines()
    {
        var doc = Document.Create("a\r\nb\r\n\r\nc\n\n\nd");
        Assert.Equal(["a\r\nb", "c", "d"], doc.Paragraphs.Select(p => doc.Text.Substring(p.Start, p.Length)));
        Assert.Equal(doc.Paragraphs[1], doc.ParagraphAt(doc.Text.IndexOf('c')));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(4, 2, 1)]
    [InlineData(6, 2, 3)]
    [InlineData(9, 3, 2)]
    public void Lines_MapOffsetsToLineAndColumn(int offset, int line, int column)
        => Assert.Equal((line, column), Document.Create("ab\r\ncde\nfg").Lines.GetPosition(offset));
}
