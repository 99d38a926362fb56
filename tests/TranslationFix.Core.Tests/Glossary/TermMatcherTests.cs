using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Tests.Glossary;

public sealed class TermMatcherTests
{
    [Fact]
    public void FindAll_OverlappingKeys_ReportsEachWithOriginalSpan()
    {
        var matcher = new TermMatcher<int>([("he", 1), ("she", 2), ("hers", 3)]);
        var found = matcher.FindAll("ushers").Select(o => (o.Start, o.End, o.Value)).ToList();
        Assert.Equal([(1, 4, 2), (2, 4, 1), (2, 6, 3)], found);
    }

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
