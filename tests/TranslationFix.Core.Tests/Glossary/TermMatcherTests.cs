using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Tests.Glossary;

public sealed class TermMatcherTests
{
    [Fact]
    public void FindAll_NestedKeys_ReportsEachWordBoundedOneWithOriginalSpan()
    {
        var matcher = new TermMatcher<int>([("big", 1), ("big model", 2), ("model", 3), ("models", 4)]);
        var found = matcher.FindAll("a big model, big models").Select(o => (o.Start, o.End, o.Value)).ToList();
        Assert.Equal([(2, 5, 1), (2, 11, 2), (6, 11, 3), (13, 16, 1), (17, 23, 4)], found);
    }

    [Theory]
    [InlineData("ushers")]      // inside a word
    [InlineData("hers2")]       // a digit continues the word
    [InlineData("xhe")]
    public void FindAll_InsideAWord_FindsNothing(string text)
        => Assert.Empty(new TermMatcher<int>([("he", 1), ("hers", 2)]).FindAll(text));

    [Fact]
    public void FindAll_SeparatorsAndApostrophes_AreNormalised()
    {
        var matcher = new TermMatcher<string>([("Naixue's tea", "n")]);
        var o = Assert.Single(matcher.FindAll("x Nai-Xue’s  Tea y"));
        Assert.Equal((2, 16), (o.Start, o.End));
    }

    [Fact]
    public void FindAll_DoesNotCrossLineBreaks()
        => Assert.Empty(new TermMatcher<int>([("big model", 1)]).FindAll("big\nmodel"));

    [Fact]
    public void FindAll_ManyKeys_FindsEveryOne()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => ($"term{i:D5}x", i)).ToList();
        var matcher = new TermMatcher<int>(keys);
        string text = string.Join(" ", Enumerable.Range(0, 5000).Where(i => i % 7 == 0).Select(i => $"term{i:D5}x"));
        Assert.Equal(Enumerable.Range(0, 5000).Where(i => i % 7 == 0), matcher.FindAll(text).Select(o => o.Value));
    }
}
