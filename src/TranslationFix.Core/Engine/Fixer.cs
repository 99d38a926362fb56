using TranslationFix.Core.Text;

namespace TranslationFix.Core.Engine;

/// <summary>
/// The autofix loop (as in ESLint): analyse, apply the non-overlapping fixes, analyse the new
/// text again, until nothing changes or the pass limit is reached; then analyse once more so the
/// remaining findings describe the final text.
/// </summary>
public sealed class Fixer(CheckPipeline pipeline, int maxPasses = Fixer.DefaultMaxPasses)
{
    public const int DefaultMaxPasses = 10;

    public CheckPipeline Pipeline { get; } = pipeline;

    public Result Fix(Document original)
    {
        var current = original;
        var initial = Pipeline.Analyze(original);
        var findings = initial;
        var applied = new List<AppliedFix>();
        for (int pass = 1; pass <= maxPasses; pass++)
        {
            var chosen = FixSelection.NonOverlapping(findings);
            if (chosen.Count == 0)
                return new Result(original, current, initial, applied, findings, pass);
            applied.AddRange(chosen.Select(f => new AppliedFix(f, pass)));
            current = current.WithText(TextSplicer.Apply(current.Text, chosen));
            findings = Pipeline.Analyze(current);
        }
        return new Result(original, current, initial, applied, findings, maxPasses);
    }
}
