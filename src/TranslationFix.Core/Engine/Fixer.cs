using TranslationFix.Core.Text;

namespace TranslationFix.Core.Engine;

/// <summary>
/// The autofix loop (as in ESLint): analyse, apply the non-overlapping fixes, analyse the new
/// text again, until nothing changes or the pass limit is reached; then analyse once more so the
/// remaining findings describe the final text. A rule that does not settle is reported, never
/// left silent (<see cref="FixedPointGuard"/>).
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
        var guard = new FixedPointGuard();
        for (int pass = 1; pass <= maxPasses; pass++)
        {
            var chosen = FixSelection.NonOverlapping(guard.Admit(findings));
            if (chosen.Count == 0)
                return new Result(original, current, initial, applied, guard.Report(findings, current, false, pass), pass);
            applied.AddRange(chosen.Select(f => new AppliedFix(f, pass)));
            current = current.WithText(TextSplicer.Apply(current.Text, chosen));
            guard.Applied(chosen);
            findings = Pipeline.Analyze(current);
        }
        bool settled = FixSelection.NonOverlapping(guard.Admit(findings)).Count == 0;
        return new Result(original, current, initial, applied, guard.Report(findings, current, !settled, maxPasses), maxPasses);
    }
}
