using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Names;

public sealed class SplitNameCheckTests
{
    [Theory]
    [InlineData(
        "OpenAI CEO Sam O In the second half of the year, Terman went to Abu Dhabi.",
        "OpenAI CEO Sam Altman, in the second half of the year, went to Abu Dhabi.")]
    [InlineData(
        "Sam O Last week, Terman said so.",
        "Sam Altman, last week, said so.")]
    [InlineData(
        "a new talent, Nai Xue’s former tea CTO also joined",
        "a new talent, Nayuki’s former CTO also joined")]
    [InlineData(
        "Naixue's overall tea management improved",
        "Nayuki's overall management improved")]
    public void Fix_SplitName_IsRejoinedAndPhraseKept(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix(Glossaries.Sample, input));

    [Theory]
    [InlineData("Sam O said. Terman went home.")]                    // the tail is in another sentence
    [InlineData("Sam O and many, many other people and their friends and colleagues and family from all over abroad, Terman")] // too far apart
    [InlineData("Naixue's tea was fine.")]                          // not split: the glossary check's job, not this one's
    public void Check_NotASplitName_ReportsNoSplit(string input)
        => Assert.DoesNotContain(TestEngine.FromYaml(Glossaries.Sample).Clean(input).Findings, f => f.RuleId == "name.split");

    [Fact]
    public void Check_SplitWithUnknownShape_IsFlaggedNotFixed()
    {
        const string text = "Sam O Chairman of the Board Terman spoke.";
        var result = TestEngine.FromYaml(Glossaries.Sample).Clean(text);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "name.split");
        Assert.Null(finding.Replacement);
        Assert.Equal("Sam O Chairman of the Board Terman", finding.Text);
        Assert.Equal(text, result.Corrected.Text);
    }
}
