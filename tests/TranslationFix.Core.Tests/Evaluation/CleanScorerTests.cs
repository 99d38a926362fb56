using TranslationFix.Core.Evaluation;

namespace TranslationFix.Core.Tests.Evaluation;

public sealed class CleanScorerTests
{
    private const string Text = "Advertisement\nThe Big Apple team won. Its coach , Ann Lee, smiled.";

    private static CleanSample Sample(params Trap[] traps) => new("c.txt", Text, traps);

    private static Trap Trap(string text, TrapKind kind) => new("c.txt", text, kind, "", 1);

    [Fact]
    public void Score_Unchanged_HasNoFalseEdit()
    {
        var score = CleanScorer.Score(Sample(Trap("Big Apple", TrapKind.MustNotChange)), Text, [], idempotent: true);
        Assert.True(score.Unchanged);
        Assert.Empty(score.FalseEdits);
        Assert.Empty(score.BrokenTraps);
        Assert.Equal(1, score.MustNotChangeTraps);
    }

    [Fact]
    public void Score_EditInsideAMustNotChangeTrap_BreaksIt()
    {
        var trap = Trap("The Big Apple team", TrapKind.MustNotChange);
        var score = CleanScorer.Score(Sample(trap), Text.Replace("Big Apple", "Apple Inc"), [], idempotent: true);
        Assert.False(score.Unchanged);
        Assert.NotEmpty(score.FalseEdits);
        Assert.All(score.FalseEdits, e => Assert.Equal(FalseEditClass.Trap, e.Class));
        Assert.Equal([trap], score.BrokenTraps);   // broken once, however many edits
    }

    [Fact]
    public void Score_EditsOnFurnitureAndUntrappedText_AreClassedApart()
    {
        var score = CleanScorer.Score(Sample(Trap("Advertisement", TrapKind.NativePageFurniture)),
            Text.Replace("Advertisement\n", "").Replace("smiled", "smile"), [], idempotent: true);
        Assert.Equal([FalseEditClass.Furniture, FalseEditClass.Untrapped], score.FalseEdits.Select(e => e.Class));
        var untrapped = score.FalseEdits[1];
        Assert.Equal((2, 51), (untrapped.Line, untrapped.Column));   // the 'd' of "smiled"
        Assert.Equal("d", untrapped.Original);
        Assert.Equal("", untrapped.Replacement);
    }

    [Fact]
    public void Score_EditInsideAnAcceptableNormalization_IsNotFalse()
    {
        var score = CleanScorer.Score(Sample(Trap("coach , Ann", TrapKind.AcceptableNormalization)), Text.Replace("coach ,", "coach,"), [], idempotent: true);
        Assert.False(score.Unchanged);
        Assert.Empty(score.FalseEdits);
    }

    [Fact]
    public void Score_AcceptableEditThatAlsoTouchesAMustNotChangeTrap_IsFalse()
    {
        var score = CleanScorer.Score(
            Sample(Trap("coach , Ann", TrapKind.AcceptableNormalization), Trap("coach ,", TrapKind.MustNotChange)),
            Text.Replace("coach ,", "coach,"), [], idempotent: true);
        Assert.Equal(FalseEditClass.Trap, Assert.Single(score.FalseEdits).Class);
    }

    [Fact]
    public void Score_FindingOverlappingATrap_IsAFlag()
    {
        var engine = Support.TestEngine.FromYaml("""
            - canonical: Apple Inc
              type: organization
              variants: ["Big Apple"]
              action: flag
            """);
        var findings = engine.Analyze(TranslationFix.Core.Text.Document.Create(Text, TranslationFix.Core.Text.DocumentFormat.Plain, "en"));
        Assert.NotEmpty(findings);
        var score = CleanScorer.Score(Sample(Trap("The Big Apple team", TrapKind.MustNotChange)), Text, findings, idempotent: true);
        var flag = Assert.Single(score.Flags);
        Assert.Equal("The Big Apple team", flag.Trap.Text);
        Assert.Empty(CleanScorer.Score(Sample(Trap("Ann Lee", TrapKind.MustNotChange)), Text, findings, idempotent: true).Flags);
    }
}
