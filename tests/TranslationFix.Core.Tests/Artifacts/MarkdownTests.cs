using TranslationFix.Core.Checks.Markdown;
using TranslationFix.Core.Text;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("**01 He Gang chases the trend, what to do with Nayuki? **", "**01 He Gang chases the trend, what to do with Nayuki?**")]
    [InlineData("** Title**", "**Title**")]
    [InlineData("** Both sides **", "**Both sides**")]
    [InlineData("A **bold claim **, then more.", "A **bold claim**, then more.")]
    [InlineData("__Spaced __ here", "__Spaced__ here")]
    [InlineData("**01 Title? **\r\nNext", "**01 Title?**\r\nNext")]
    public void Fix_SpacedEmphasis_IsClosed(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new EmphasisSpacingCheck(), input, format: DocumentFormat.Markdown));

    [Theory]
    [InlineData("**Already right**")]
    [InlineData("# A heading\n\n- a list item\n- another\n\n[a link](https://example.com/a ** b)")]
    [InlineData("x = 2 ** 3 ** 4 in Python")]                                   // spaced on both sides mid-line
    [InlineData("* item one\n* item two")]
    [InlineData("An odd ** count here")]
    [InlineData("Use `a ** b ** c` in code")]
    [InlineData("***bold italic ***")]
    public void Fix_OtherMarkdown_IsLeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new EmphasisSpacingCheck(), input, format: DocumentFormat.Markdown));

    [Fact]
    public void Fix_SpacedEmphasis_FixedInPlainTextToo() =>
        Assert.Equal("**01 Title?**", FixIdempotent(new EmphasisSpacingCheck(), "**01 Title? **"));

    [Theory]
    [InlineData("The port said** traffic rose** on Monday.", "The port said **traffic rose** on Monday.")]
    [InlineData("**Key point:**Traffic rose.", "**Key point:** Traffic rose.")]
    [InlineData("Why did traffic rise? **\nBecause of trade.", "Why did traffic rise?\nBecause of trade.")]
    public void Fix_EmphasisOnTheWrongSide_IsRepaired(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new EmphasisGlueCheck(), input, format: DocumentFormat.Markdown));

    [Theory]
    [InlineData("A **bold** word and **Label:** text.")]
    [InlineData("x = 2** 3** 4")]
    [InlineData("**Why? **")]                                                   // paired: the spacing rule's business
    [InlineData("# Heading** with stars**")]
    [InlineData("Use `a** b**` in code")]
    public void Fix_EmphasisGlue_LeavesCorrectMarkdownAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new EmphasisGlueCheck(), input, format: DocumentFormat.Markdown));
}
