using Humanizer;
using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Output;

/// <summary>The batch as log lines: one per changed, skipped or failed file, then a summary.</summary>
public sealed class PlainBatchProgress(TextWriter output, RewriteSettings settings) : IBatchProgress
{
    private readonly Lock _lock = new();

    public void Run(BatchSummary summary, Action<Action<FileRecord>> work) => work(record =>
    {
        if (BatchProgress.FileLine(record, settings.DryRun) is not { } line) return;
        lock (_lock) output.WriteLine(line);
    });

    public void Finish(BatchSummary summary)
    {
        string note = summary.Interrupted ? $" (interrupted: {summary.Planned - summary.Processed} files not started)" : "";
        output.WriteLine($"rewrite: {BatchProgress.Counts(summary)}{note}");
        output.WriteLine($"edits: {BatchProgress.Edits(summary.EditsByRule)}; {"finding".ToQuantity(summary.Remaining)} left for review");
        output.WriteLine($"throughput: {BatchProgress.Throughput(summary)}, {BatchProgress.Jobs(settings)}{(settings.DryRun ? ", dry run: nothing written" : "")}");
    }
}
