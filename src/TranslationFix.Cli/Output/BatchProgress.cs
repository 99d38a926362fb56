using Humanizer;
using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Output;

/// <summary>Wording shared by the terminal and the plain views of a batch (sizes and times via Humanizer).</summary>
public static class BatchProgress
{
    /// <summary>A live view only for a person at a terminal; logs and pipes get plain lines.</summary>
    public static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public static string Size(long bytes) => bytes.Bytes().Humanize("0.#");

    public static string Duration(TimeSpan elapsed) =>
        elapsed < TimeSpan.FromSeconds(1) ? $"{elapsed.TotalMilliseconds:0} ms" : elapsed.Humanize(2);

    /// <summary>"82 KB in 624 ms", with a rate ("(1.3 MB/s)") once there is enough work for one to mean something.</summary>
    public static string Throughput(BatchSummary s)
    {
        string rate = s.Elapsed >= TimeSpan.FromSeconds(1) && s.Bytes > 0
            ? $" ({s.Bytes.Bytes().Per(s.Elapsed).Humanize("0.#", TimeUnit.Second)})" : "";
        return $"{Size(s.Bytes)} in {Duration(s.Elapsed)}{rate}";
    }

    public static string Jobs(RewriteSettings settings) =>
        "job".ToQuantity(settings.Jobs) + (settings.Shard.Count > 1 ? $", shard {settings.Shard}" : "");

    public static string Edits(IReadOnlyDictionary<string, int> edits) =>
        edits.Count == 0 ? "none" : string.Join(", ", edits.Select(e => $"{e.Key} {e.Value}"));

    public static string Counts(BatchSummary s) =>
        $"{"file".ToQuantity(s.Processed)} seen, {s.Count(FileStatus.Changed)} changed, {s.Count(FileStatus.Unchanged)} unchanged, " +
        $"{s.Count(FileStatus.Resumed)} done earlier, {s.Count(FileStatus.Skipped)} skipped, {s.Count(FileStatus.Failed)} failed";

    public static string Status(FileStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The line a changed or troubled file gets in the plain view (null: none).</summary>
    public static string? FileLine(FileRecord r, bool dryRun) => r.Status switch
    {
        FileStatus.Changed => $"{r.Path}: {(dryRun ? "would change" : "changed")}, {"edit".ToQuantity(r.EditCount)} ({Edits(r.Edits)})",
        FileStatus.Skipped or FileStatus.Failed => $"{r.Path}: {Status(r.Status)}: {r.Reason}",
        _ => null,
    };
}
