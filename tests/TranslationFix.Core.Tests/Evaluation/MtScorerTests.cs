using TranslationFix.Core.Evaluation;

namespace TranslationFix.Core.Tests.Evaluation;

public sealed class MtScorerTests
{
    private static MtSample Sample(string text, params Annotation[] annotations) => new("a.txt", text, annotations);

    private static Annotation Name(string wrong, string right, string confidence = "high") => new(wrong, right, "name", confidence, 1);

    [Fact]
    public void Score_ReplacedAtItsPlace_IsFixed()
    {
        var sample = Sample("Sales of Small Rice rose.", Name("Small Rice", "Xiaomi"));
        var outcome = Assert.Single(MtScorer.Score(sample, "Sales of Xiaomi rose."));
        Assert.True(outcome.Fixed);
    }

    [Fact]
    public void Score_Untouched_IsAMissWithTheOutputAround()
    {
        var sample = Sample("Sales of Small Rice rose.", Name("Small Rice", "Xiaomi"));
        var outcome = Assert.Single(MtScorer.Score(sample, sample.Text));
        Assert.False(outcome.Fixed);
        Assert.Equal("Sales of Small Rice rose.", outcome.OutputContext);
    }

    [Fact]
    public void Score_RightTextElsewhereOnly_IsAMiss()
    {
        // "Xiaomi" is in the output, but far from where "Small Rice" was: that place was damaged, not fixed.
        var sample = Sample("Xiaomi said on Monday that Small Rice rose.", Name("Small Rice", "Xiaomi"));
        Assert.False(Assert.Single(MtScorer.Score(sample, "Xiaomi said on Monday that Rice rose.")).Fixed);
    }

    [Fact]
    public void Score_Deletion_IsFixedWhenTheWrongTextIsGone()
    {
        var sample = Sample("Shares rose. Post a Comment", new Annotation(" Post a Comment", "", "boilerplate", "high", 1));
        Assert.True(Assert.Single(MtScorer.Score(sample, "Shares rose.")).Fixed);
    }

    [Fact]
    public void ByKind_CountsHighAndMediumApart_InTheKnownOrder()
    {
        var sample = Sample("Small Rice and Big Rice and Old Rice.",
            Name("Small Rice", "Xiaomi"), Name("Big Rice", "Damai", "medium"), Name("Old Rice", "Laomi", "medium"));
        var recall = MtScorer.ByKind(MtScorer.Score(sample, "Xiaomi and Damai and Old Rice."));
        Assert.Equal(AnnotationKinds.All, recall.Select(r => r.Kind));
        Assert.Equal(new KindRecall("name", 2, 3, 1, 1, 1, 2), recall[0]);
        Assert.Equal(new KindRecall("term", 0, 0, 0, 0, 0, 0), recall[1]);
    }
}
