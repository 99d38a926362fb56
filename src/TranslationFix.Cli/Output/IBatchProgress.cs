using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Output;

/// <summary>Shows a batch as it runs and sums it up at the end.</summary>
public interface IBatchProgress
{
    /// <summary>Runs <paramref name="work"/>, which calls the given callback as each file finishes (from any thread).</summary>
    void Run(BatchSummary summary, Action<Action<FileRecord>> work);

    void Finish(BatchSummary summary);
}
