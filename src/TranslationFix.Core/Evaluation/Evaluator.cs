using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Evaluation;

/// <summary>
/// Runs one engine over an annotated sample, as a user would run <c>fix</c> on each file (no
/// source text, one file at a time), and scores the outputs. Files are cleaned in parallel (the
/// engine is thread-safe); results keep the files' order.
/// </summary>
public sealed class Evaluator(TranslationFixEngine engine)
{
    public EvaluationResult Run(IReadOnlyList<MtSample> mt, IReadOnlyList<CleanSample> clean)
    {
        var mtScores = mt.AsParallel().AsOrdered().Select(sample =>
        {
            var (result, idempotent) = Clean(sample.Name, sample.Text);
            return new MtFileScore(sample.Name, MtScorer.Score(sample, result.Corrected.Text), idempotent);
        }).ToList();
        var cleanScores = clean.AsParallel().AsOrdered().Select(sample =>
        {
            var (result, idempotent) = Clean(sample.Name, sample.Text);
            return CleanScorer.Score(sample, result.Corrected.Text, result.Findings, idempotent);
        }).ToList();
        return new EvaluationResult(mtScores, cleanScores);
    }

    // The fixed text, and whether fixing it once more changes nothing.
    private (Result Result, bool Idempotent) Clean(string name, string text)
    {
        var result = engine.Fix(Document.Create(text, DocumentFormats.FromPath(name), engine.Options.Language, name));
        bool idempotent = !result.Changed || !engine.Fix(result.Corrected).Changed;
        return (result, idempotent);
    }
}
