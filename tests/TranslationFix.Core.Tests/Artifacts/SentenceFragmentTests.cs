using TranslationFix.Core.Checks.Sentences;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

public sealed class SentenceFragmentTests
{
    [Theory]
    [InlineData("The highest was 61, followed by 54 in June and March. From 50. The increase has also led to more startups.", "From 50.")]
    [InlineData("Prices went up. 50. Then they fell again.", "50.")]
    [InlineData("Revenue rose sharply this year. And the margins. Costs fell too.", "And the margins.")]
    [InlineData("Revenue rose sharply\nthis year. From 50.\nCosts fell too.", "From 50.")]
    public void Analyze_Fragment_IsFlagged(string input, string fragment)
    {
        var finding = Assert.Single(Analyze(new SentenceFragmentCheck(), input));
        Assert.Equal(fragment, finding.Text);
        Assert.Null(finding.Replacement);
    }

    [Theory]
    [InlineData("From 50.")]                                                        // a line of its own: a heading or caption
    [InlineData("He declined. The company did not comment further on the matter.")]
    [InlineData("Indeed. The plan worked as intended.")]
    [InlineData("Dr. Du Feng, founding partner of Jiangmen Ventures, agreed. He said so.")]
    [InlineData("The firm moved to the U.S. in 2019. It grew fast.")]
    [InlineData("By Jane Doe\n\n1. From 50.\n2. Up to 60.")]
    [InlineData("- From 50. To 60. Then more.")]
    [InlineData("He asked: “From 50?” Nobody answered the question.")]
    [InlineData("Wait... From here. It goes on.")]
    [InlineData("- Every release is supported for a year\n  and security. Every even-numbered release lasts longer.")]
    [InlineData("The example below shows how the\noptions are read\nbefore running. This might be unexpected.")]   // a wrapped paragraph
    [InlineData("The firm raised US$5 million. It spent $700,000. Costs fell.")]       // pronoun subject and verb: a sentence
    public void Analyze_ProseAndStructure_NotFlagged(string input) =>
        Assert.Empty(Analyze(new SentenceFragmentCheck(), input));

    [Fact]
    public void Fix_Fragment_ChangesNothing()
    {
        const string text = "It peaked in June. From 50. The increase followed.";
        Assert.Equal(text, FixIdempotent(new SentenceFragmentCheck(), text));
    }
}
