using TranslationFix.Core.Engine;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Engine;

public sealed class FixSelectionTests
{
    private static readonly RuleDescriptor[] Rules =
        [.. Enumerable.Range(0, 4).Select(p => new RuleDescriptor($"test.p{p}", "test", Severity.Info, "test", priority: p))];

    private static Finding Fix(int start, int length, int priority = 0, string? replacement = "x") =>
        new(Rules[priority], Severity.Info, new TextSpan(start, length), 1, start + 1, new string('a', length), "test", replacement);

    private static int[] Starts(IEnumerable<Finding> chosen) => [.. chosen.Select(f => f.Span.Start)];

    [Fact]
    public void NonOverlapping_TouchingSpans_SecondWaits()
    {
        Assert.Equal([0], Starts(FixSelection.NonOverlapping([Fix(0, 3), Fix(3, 2)])));
    }

    [Fact]
    public void NonOverlapping_InsertionAtTheEndOfAChosenFix_Waits()
    {
        Assert.Equal([2], Starts(FixSelection.NonOverlapping([Fix(5, 0), Fix(2, 3)])));
    }

    [Fact]
    public void NonOverlapping_LowerPriorityAroundAHigherOne_Dropped()
    {
        Assert.Equal([4, 10], Starts(FixSelection.NonOverlapping([Fix(0, 9, priority: 0), Fix(4, 2, priority: 3), Fix(10, 1)])));
    }

    [Fact]
    public void NonOverlapping_NoOpAndFlagFindings_NotChosen()
    {
        Assert.Empty(FixSelection.NonOverlapping([Fix(0, 1, replacement: "a"), Fix(3, 1, replacement: null)]));
    }

    // The rule the selection keeps, written the obvious quadratic way: by priority, then length,
    // then start, take a fix unless it overlaps or touches one already taken.
    private static int[] Reference(List<Finding> findings)
    {
        var chosen = new List<Finding>();
        foreach (var f in findings.Where(f => f.Replacement is not null && f.Replacement != f.Text)
                     .OrderByDescending(f => f.Rule.Priority).ThenByDescending(f => f.Span.Length).ThenBy(f => f.Span.Start))
        {
            if (!chosen.Any(c => c.Span.Start <= f.Span.End && f.Span.Start <= c.Span.End)) chosen.Add(f);
        }
        return Starts(chosen.OrderBy(f => f.Span.Start));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void NonOverlapping_RandomFindings_SameChoiceAsTheQuadraticRule(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            var findings = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => Fix(random.Next(0, 60), random.Next(0, 8), random.Next(Rules.Length)))
                .ToList();
            Assert.Equal(Reference(findings), Starts(FixSelection.NonOverlapping(findings)));
        }
    }
}
