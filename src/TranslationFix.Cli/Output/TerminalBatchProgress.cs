using Humanizer;
using Spectre.Console;
using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Output;

/// <summary>
/// The batch on a terminal: a Spectre.Console progress bar over bytes (files, MB, MB/s, ETA), then
/// a summary table and a table of the files that were skipped or failed.
/// </summary>
public sealed class TerminalBatchProgress(RewriteSettings settings) : IBatchProgress
{
    public void Run(BatchSummary summary, Action<Action<FileRecord>> work)
    {
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new DownloadedColumn(),
                new TransferSpeedColumn(),
                new HumanRemainingTimeColumn(),
                new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Describe(0, summary.Planned), maxValue: Math.Max(1, summary.PlannedBytes));
                int finished = 0;
                work(record =>
                {
                    int n = Interlocked.Increment(ref finished);
                    task.Increment(record.Bytes);
                    task.Description = Describe(n, summary.Planned);
                });
                task.Value = task.MaxValue;
            });
    }

    public void Finish(BatchSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(settings.DryRun ? "rewrite (dry run: nothing written)" : "rewrite");
        table.AddColumn("files");
        table.AddColumn(new TableColumn("").RightAligned());
        table.AddRow("seen", summary.Processed.ToString());
        foreach (var status in Enum.GetValues<FileStatus>())
            table.AddRow(status == FileStatus.Resumed ? "done earlier" : BatchProgress.Status(status), Count(summary, status));
        foreach (var (rule, n) in summary.EditsByRule) table.AddRow($"edits: {Markup.Escape(rule)}", n.ToString());
        table.AddRow("findings left for review", summary.Remaining.ToString());
        table.AddRow("throughput", Markup.Escape(BatchProgress.Throughput(summary)));
        table.AddRow("jobs", BatchProgress.Jobs(settings));
        if (summary.Interrupted) table.AddRow("[yellow]interrupted[/]", $"{"file".ToQuantity(summary.Planned - summary.Processed)} not started");
        AnsiConsole.Write(table);

        var problems = summary.Problems;
        if (problems.Count == 0) return;
        var list = new Table().Border(TableBorder.Simple).AddColumn("file").AddColumn("status").AddColumn("reason");
        foreach (var p in problems) list.AddRow(Markup.Escape(p.Path), BatchProgress.Status(p.Status), Markup.Escape(p.Reason ?? ""));
        AnsiConsole.Write(list);
    }

    private static string Describe(int finished, int total) => $"{finished}/{total} files";

    private static string Count(BatchSummary summary, FileStatus status)
    {
        int n = summary.Count(status);
        return n > 0 && status is FileStatus.Skipped or FileStatus.Failed ? $"[red]{n}[/]" : n.ToString();
    }
}
