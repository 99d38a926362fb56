using TranslationFix.Core.Engine;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Engine;

public sealed class ChangeListTests
{
    private static readonly RuleDescriptor Low = new("test.low", "Low", Severity.Warning, "A low-priority rule.");
    private static readonly RuleDescriptor High = new("test.high", "High", Severity.Warning, "A high-priority rule.", priority: 10);

    private const string Text = "one two three four";

    private static Finding At(RuleDescriptor rule, int start, int length, string? replacement) =>
        new(rule, Severity.Warning, new TextSpan(start, length), 1, start + 1, Text.Substring(start, length), "m", replacement);

    [Fact]
    public void From_OverlappingFixes_KeepsTheFixerChoiceAndDefersTheOther()
    {
        var loser = At(Low, 4, 9, "2 3");
        var winner = At(High, 8, 5, "3");
        var flag = At(Low, 0, 3, null);

        var changes = ChangeList.From(Text, [loser, flag, winner]);

        Assert.Equal([winner], changes.Changes);
        Assert.Equal([loser], changes.Deferred);
        Assert.Equal([flag], changes.Flags);
    }

    [Fact]
    public void Apply_ASubset_ChangesOnlyTheAcceptedSpans()
    {
        var changes = ChangeList.From(Text, [At(Low, 14, 4, "4"), At(Low, 0, 3, "1"), At(Low, 8, 5, "3")]);

        Assert.Equal("1 two three 4", changes.Apply([2, 0]));
        Assert.Equal(Text, changes.Apply([]));
        Assert.Equal("1 two 3 4", changes.Apply([0, 1, 2]));
    }

    [Fact]
    public void Apply_UnknownId_Throws()
    {
        var changes = ChangeList.From(Text, [At(Low, 0, 3, "1")]);

        Assert.Throws<ArgumentOutOfRangeException>(() => changes.Apply([1]));
    }

    [Fact]
    public void From_AllAccepted_EqualsTheFixersFirstPass()
    {
        var engine = TranslationFixEngine.Create();
        var document = Document.Create("The firm said it was done..  We Are ready, it said.\n");
        var result = engine.Fix(document);
        var changes = ChangeList.From(document.Text, result.Findings);

        string firstPass = TextSplicer.Apply(document.Text, FixSelection.NonOverlapping(result.Findings));
        Assert.NotEmpty(changes.Changes);
        Assert.Equal(firstPass, changes.Apply(Enumerable.Range(0, changes.Changes.Count)));
    }
}
