using System.CommandLine;
using System.Diagnostics;
using Humanizer;
using TranslationFix.Cli.Batch;
using TranslationFix.Cli.Files;
using TranslationFix.Cli.Output;
using TranslationFix.Core.Engine;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// <c>tfix rewrite DIR|GLOB... (--out-dir DIR | --in-place [--backup SUFFIX] [--force]) [--jobs N] [--shard K/N]
/// [--dry-run] [--report FILE] [--since-report FILE]</c>: clean a whole corpus.
/// </summary>
public static class RewriteCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var inputs = new Argument<string[]>("DIR|GLOB") { Description = "Folders (their text files), files or globs such as 'corpus/**/*.md'", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string?>("--out-dir", "-o") { HelpName = "DIR", Description = "Write every cleaned file here, mirroring the input folders" };
        var inPlace = new Option<bool>("--in-place", "-i") { Description = "Replace changed files (atomically)" };
        var force = new Option<bool>("--force") { Description = "With --in-place: replace read-only files too (they are skipped and reported otherwise)" };
        var backup = new Option<string?>("--backup") { HelpName = "SUFFIX", Description = "With --in-place: keep each changed file's original as FILE+SUFFIX" };
        var jobs = new Option<int>("--jobs", "-j") { HelpName = "N", Description = "Files cleaned at once (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { HelpName = "K/N", Description = "Process share K of N (1-based) of the files, chosen by path hash" };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Clean and report, but write no file" };
        var report = new Option<string?>("--report") { HelpName = "FILE", Description = "Write one JSON line per file (path, status, edits by rule, findings, bytes, ms, hashes)" };
        var since = new Option<string?>("--since-report") { HelpName = "FILE", Description = "Skip files this earlier report shows done (same content, same glossaries)" };
        var maxSize = new Option<string>("--max-file-size") { HelpName = "SIZE", Description = "Skip (and report) files larger than this", DefaultValueFactory = _ => "64 MB" };

        var command = new Command("rewrite", "Clean many files in parallel: atomic writes, resumable with a report, shardable across machines");
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { outDir, inPlace, force, backup, jobs, shard, dryRun, report, since, maxSize }) command.Options.Add(option);
        common.AddTo(command);

        command.SetAction(parse =>
        {
            var settings = new RewriteSettings
            {
                OutDir = parse.GetValue(outDir),
                InPlace = parse.GetValue(inPlace),
                BackupSuffix = parse.GetValue(backup),
                Force = parse.GetValue(force),
                DryRun = parse.GetValue(dryRun),
                Jobs = parse.GetValue(jobs),
                Shard = parse.GetValue(shard) is { } s ? Shard.Parse(s) : Shard.All,
                MaxFileBytes = ParseSize(parse.GetValue(maxSize)!),
            };
            Validate(settings);

            var done = parse.GetValue(since) is { } sincePath ? BatchReport.Read(sincePath) : new Dictionary<string, FileRecord>();
            // One engine for the batch, from the tfix.yaml nearest the first input (as for a file in it);
            // each file's own nearest config still decides whether it is excluded.
            var configs = new ConfigFiles();
            string[] arguments = parse.GetValue(inputs)!;
            var files = BatchPlan.Create(arguments, settings)
                .Where(f => configs.For(f.Path).ExcludedBy(Path.GetFullPath(f.Path)) is null).ToList();
            if (settings.OutDir is { } outFolder && !settings.DryRun) OutputFolder.EnsureWritable(outFolder, "--out-dir");
            var engine = new ConfiguredEngines(common, parse).For(configs.For(ConfigAnchor(arguments[0])));
            string fingerprint = EngineFingerprint.Of(engine.Options, TranslationFixEngine.SelectGlossary(engine.Options));
            // Compile the glossary and JIT the checks before the clock of the first file starts, so
            // the report's per-file times are the files' own.
            engine.Clean("Warm-up sentence.");
            var runner = new BatchRunner(engine, settings, fingerprint);

            var summary = new BatchSummary { Planned = files.Count, PlannedBytes = files.Sum(f => SizeOf(f.Path)) };
            using var writer = parse.GetValue(report) is { } reportPath ? new ReportWriter(reportPath) : null;
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
            Console.CancelKeyPress += onCancel;
            var clock = Stopwatch.StartNew();
            try
            {
                var output = parse.InvocationConfiguration.Output;
                IBatchProgress progress = BatchProgress.IsTerminal(output) ? new TerminalBatchProgress(settings) : new PlainBatchProgress(output, settings);
                progress.Run(summary, onFile =>
                    runner.Run(files, done, record =>
                    {
                        writer?.Write(record);
                        summary.Add(record);
                        onFile(record);
                    }, cancel.Token));
                summary.Elapsed = clock.Elapsed;
                summary.Interrupted = cancel.IsCancellationRequested;
                progress.Finish(summary);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            return summary.Interrupted ? ExitCodes.Interrupted : summary.HasProblems ? ExitCodes.BadInput : ExitCodes.Clean;
        });
        return command;
    }

    // Where the batch's configuration is looked up: inside a folder argument, at a file, or in the
    // current folder for a glob.
    private static string ConfigAnchor(string argument) =>
        Directory.Exists(argument) ? Path.Combine(argument, "tfix.batch") :
        File.Exists(argument) ? argument : Path.Combine(Directory.GetCurrentDirectory(), "tfix.batch");

    private static void Validate(RewriteSettings settings)
    {
        if (settings.InPlace && settings.OutDir is not null) throw new CliException("use either --out-dir or --in-place, not both");
        if (!settings.InPlace && settings.OutDir is null && !settings.DryRun) throw new CliException("say where the output goes: --out-dir DIR or --in-place (or --dry-run)");
        if (settings.BackupSuffix is not null && !settings.InPlace) throw new CliException("--backup goes with --in-place");
        if (settings.Force && !settings.InPlace) throw new CliException("--force goes with --in-place");
        if (settings.BackupSuffix is "") throw new CliException("--backup: the suffix is empty");
        if (settings.Jobs < 1) throw new CliException($"--jobs: {settings.Jobs} is not a positive number");
    }

    private static long ParseSize(string text)
    {
        if (long.TryParse(text, out long bytes) && bytes > 0) return bytes;
        if (ByteSize.TryParse(text, out var size) && size.Bytes > 0) return (long)size.Bytes;
        throw new CliException($"--max-file-size: '{text}' is not a size (e.g. 64MB)");
    }

    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }
}
