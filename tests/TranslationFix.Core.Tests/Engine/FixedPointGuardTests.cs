using TranslationFix.Core.Checks;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Tests.Support;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Engine;

/// <summary>The fix loop reaches a fixed point, or says which rule would not let it.</summary>
public sealed class FixedPointGuardTests
{
    private static readonly RuleDescriptor Grow = new("test.grow", "grow", Severity.Warning, "grow");
    private static readonly RuleDescriptor Step = new("test.step", "step", Severity.Warning, "step");
    private static readonly RuleDescriptor Other = new("test.other", "other", Severity.Warning, "other");

    /// <summary>Replaces every occurrence of a word.</summary>
    private sealed class ReplaceCheck(RuleDescriptor rule, string from, string to) : ICheck
    {
        public IReadOnlyList<RuleDescriptor> Rules => [rule];

        public IEnumerable<Finding> Analyze(Document document, CheckContext context)
        {
            for (int i = document.Text.IndexOf(from, StringComparison.Ordinal); i >= 0; i = document.Text.IndexOf(from, i + 1, StringComparison.Ordinal))
                yield return context.Report(rule, document, new TextSpan(i, from.Length), $"{from} → {to}", to);
        }
    }

    /// <summary>Fixes only the first occurrence per pass, as a check that sees one case at a time.</summary>
    private sealed class FirstOnlyCheck(RuleDescriptor rule, string from, string to) : ICheck
    {
        public IReadOnlyList<RuleDescriptor> Rules => [rule];

        public IEnumerable<Finding> Analyze(Document document, CheckContext context)
        {
            int i = document.Text.IndexOf(from, StringComparison.Ordinal);
            if (i >= 0) yield return context.Report(rule, document, new TextSpan(i, from.Length), $"{from} → {to}", to);
        }
    }

    private static Result Fix(string text, int maxPasses, params ICheck[] checks)
    {
        var builder = new CheckPipelineBuilder();
        foreach (var c in checks) builder.Add(c);
        return new Fixer(builder.Build(), maxPasses).Fix(Document.Create(text));
    }

    private static IEnumerable<Finding> Unsettled(Result result) => result.Remaining.Where(f => f.RuleId == FixedPointGuard.NoFixedPointRule.Id);

    [Fact]
    public void Fix_RuleMatchingItsOwnOutput_IsAppliedOnceAndReported()
    {
        var result = Fix("an EV here", 10, new ReplaceCheck(Grow, "EV", "electric vehicle (EV)"));

        Assert.Equal("an electric vehicle (EV) here", result.Corrected.Text);
        var warning = Assert.Single(Unsettled(result));
        Assert.Contains("test.grow", warning.Message);
    }

    [Fact]
    public void Fix_PassLimitReachedWithFixesPending_NamesTheRule()
    {
        var result = Fix("a a a a a a", 3, new FirstOnlyCheck(Step, "a", "b"));

        Assert.Equal("b b b a a a", result.Corrected.Text);
        var warning = Assert.Single(Unsettled(result));
        Assert.Contains("test.step", warning.Message);
        Assert.Contains("3 passes", warning.Message);
    }

    [Fact]
    public void Fix_ChainOfDifferentRules_IsNotHeldBack()
    {
        // One rule's output feeding another rule is an ordinary chain, not a loop.
        var result = Fix("Nai Xue tea", 10, new ReplaceCheck(Grow, "Nai Xue", "Naixue"), new ReplaceCheck(Other, "Naixue tea", "Nayuki"));

        Assert.Equal("Nayuki", result.Corrected.Text);
        Assert.Empty(Unsettled(result));
    }

    [Fact]
    public void Fix_SettlingWithinTheLimit_ReportsNothing()
    {
        var result = Fix("a a a", 10, new FirstOnlyCheck(Step, "a", "b"));

        Assert.Equal("b b b", result.Corrected.Text);
        Assert.Empty(Unsettled(result));
    }

    [Theory]
    [InlineData("Huang Renxun Renxun visits.")]
    [InlineData("They came with With With With With With With With With With With With With real pests.")]
    public void Fix_ShippedEngine_OutputIsStableOrReported(string text)
    {
        var once = TestEngine.Default.Clean(text);
        var twice = TestEngine.Default.Clean(once.Corrected.Text);

        Assert.True(twice.Corrected.Text == once.Corrected.Text || Unsettled(once).Any(),
            $"'{once.Corrected.Text}' changed again to '{twice.Corrected.Text}' and nothing said so");
        Assert.DoesNotContain("Jensen Jensen", once.Corrected.Text);
    }
}
