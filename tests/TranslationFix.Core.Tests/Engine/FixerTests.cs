using TranslationFix.Core.Checks;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Engine;

public sealed class FixerTests
{
    private static readonly RuleDescriptor Low = new("test.low", "low", Severity.Info, "low", priority: 1);
    private static readonly RuleDescriptor High = new("test.high", "high", Severity.Warning, "high", priority: 9);

    /// <summary>Replaces every occurrence of a word; a minimal check for driving the fixer.</summary>
    private sealed class ReplaceCheck(RuleDescriptor rule, string from, string to) : ICheck
    {
        public IReadOnlyList<RuleDescriptor> Rules => [rule];

        public IEnumerable<Finding> Analyze(Document document, CheckContext context)
        {
            for (int i = document.Text.IndexOf(from, StringComparison.Ordinal); i >= 0; i = document.Text.IndexOf(from, i + 1, StringComparison.Ordinal))
                yield return context.Report(rule, document, new TextSpan(i, from.Length), $"{from} → {to}", to);
        }
    }

    private static Result Fix(string text, params ICheck[] checks)
    {
        var builder = new CheckPipelineBuilder();
        foreach (var c in checks) builder.Add(c);
        return new Fixer(builder.Build()).Fix(Document.Create(text));
    }

    [Fact]
    public void Fix_OverlappingFixes_HigherPriorityWins()
    {
        var result = Fix("one two three", new ReplaceCheck(Low, "one two", "1 2"), new ReplaceCheck(High, "two", "2"));
        Assert.Equal("one 2 three", result.Corrected.Text);
    }

    [Fact]
    public void Fix_ChainedFixes_RunToAFixedPoint()
    {
        var result = Fix("a", new ReplaceCheck(Low, "a", "b"), new ReplaceCheck(Low, "b", "c"));
        Assert.Equal("c", result.Corrected.Text);
        Assert.Equal(2, result.AppliedFixes.Count);
        Assert.Empty(result.Remaining);
    }

    [Fact]
    public void Fix_NeverEndingFixes_StopAndNameTheRule()
    {
        var builder = new CheckPipelineBuilder().Add(new ReplaceCheck(Low, "x", "xx"));
        var result = new Fixer(builder.Build(), maxPasses: 3).Fix(Document.Create("x"));
        Assert.True(result.Passes <= 3);
        // The loop gave up, did not spin, and said which rule kept changing the text.
        Assert.Contains(result.Remaining, f => f.RuleId == FixedPointGuard.NoFixedPointRule.Id && f.Message.Contains("test.low"));
    }

    [Fact]
    public void Fix_TextOutsideFixes_IsCopiedExactly()
    {
        const string text = "\uFEFFcafé\r\n  two\ttabs \u00A0 two\r\n";
        Assert.Equal(text.Replace("two", "2"), Fix(text, new ReplaceCheck(Low, "two", "2")).Corrected.Text);
    }

    [Fact]
    public void Pipeline_DisabledFamily_ReportsNothingOfIt()
    {
        var pipeline = new CheckPipelineBuilder().Add(new ReplaceCheck(Low, "a", "b")).Disable("test").Build();
        Assert.Empty(pipeline.Analyze(Document.Create("a a")));
        Assert.Empty(pipeline.Rules);
    }

    [Fact]
    public void Pipeline_SeverityOverride_AppliesToFindings()
    {
        var pipeline = new CheckPipelineBuilder().Add(new ReplaceCheck(Low, "a", "b")).SetSeverity("test.low", Severity.Error).Build();
        Assert.All(pipeline.Analyze(Document.Create("a a")), f => Assert.Equal(Severity.Error, f.Severity));
    }
}
