using TranslationFix.Core.Baselines;
using TranslationFix.Core.Tests.Reporting;

namespace TranslationFix.Core.Tests.Baselines;

public sealed class FindingFingerprintsTests
{
    private static IReadOnlyList<string> Prints(string text) =>
        FindingFingerprints.Compute(text, CiTestEngine.Clean(text).Findings);

    [Fact]
    public void Compute_IdenticalFindingsOnIdenticalLines_AllDifferent()
    {
        var prints = Prints("the big model\nthe big model\nthe big model\n");
        Assert.Equal(3, prints.Distinct().Count());
    }

    [Fact]
    public void Compute_ChangedWordsNextToFinding_Changes()
    {
        Assert.NotEqual(Prints("We saw the big model fail."), Prints("We built the big model fail."));
    }

    [Fact]
    public void Compute_WhitespaceOnly_Unchanged()
    {
        Assert.Equal(Prints("We saw the big model fail."), Prints("We  saw the\tbig model fail.  "));
    }

    [Fact]
    public void Compute_FindingsOutOfOrder_MatchesSortedOrder()
    {
        const string text = "big model and Naixue";
        var findings = CiTestEngine.Clean(text).Findings;
        var forward = FindingFingerprints.Compute(text, findings);
        var backward = FindingFingerprints.Compute(text, findings.Reverse().ToList());
        Assert.Equal(forward, backward.Reverse());
    }

    [Fact]
    public void Compute_WordsOnTheLineBefore_Unchanged()
    {
        Assert.Equal(Prints("A first line.\nWe saw the big model fail."), Prints("Another line here.\nWe saw the big model fail."));
    }

    [Fact]
    public void Compute_WordsFarAwayOnTheSameLongLine_Unchanged()
    {
        string far = string.Concat(Enumerable.Repeat("words far away ", 30));
        Assert.Equal(Prints("Some " + far + "so we saw the big model fail."), Prints("Other " + far + "so we saw the big model fail."));
    }
}
