using TranslationFix.Core.Evaluation;

namespace TranslationFix.Core.Tests.Evaluation;

public sealed class CharacterDiffTests
{
    [Fact]
    public void Of_SameText_IsOneEqualStretch()
    {
        var diff = CharacterDiff.Of("Shares rose.", "Shares rose.");
        Assert.Equal([new DiffOp(true, 0, 12, 0, 12)], diff.Ops);
        Assert.Empty(diff.Edits);
    }

    [Fact]
    public void Of_SwappedNameOrder_IsOneInsertionAndOneDeletion()
    {
        // Longest common substring first (" said", then "Ma"): "Pony " comes in before "Ma", " Jun" goes
        // (Python's difflib gives the same two opcodes).
        var diff = CharacterDiff.Of("Ma Jun said", "Pony Ma said");
        Assert.Equal([new DiffOp(false, 0, 0, 0, 5), new DiffOp(false, 2, 6, 7, 7)], diff.Edits);
    }

    [Fact]
    public void Of_OpsCoverBothTexts()
    {
        const string before = "The firm, Big Apple Co , grew..", after = "The firm, Big Apple Co., grew.";
        var ops = CharacterDiff.Of(before, after).Ops;
        Assert.Equal(before, string.Concat(ops.Select(o => before[o.I1..o.I2])));
        Assert.Equal(after, string.Concat(ops.Select(o => after[o.J1..o.J2])));
        Assert.All(ops.Where(o => o.Equal), o => Assert.Equal(before[o.I1..o.I2], after[o.J1..o.J2]));
    }

    [Theory]
    [InlineData(0, 0)]     // the start of a replaced stretch maps to the start of its replacement
    [InlineData(1, 0)]     // inside it too
    [InlineData(8, 8)]     // inside the equal tail
    public void Map_FollowsTheEqualStretches(int position, int expected)
    {
        var diff = CharacterDiff.Of("Wang rose", "Ying rose");
        Assert.Equal(expected, diff.Map(position));
    }

    [Fact]
    public void Map_InsertionAtThePosition_MapsToItsStart()
    {
        var diff = CharacterDiff.Of("said.Then", "said. Then");
        Assert.Equal(5, diff.Map(5));
        Assert.Equal(7, diff.Map(6));
    }
}
