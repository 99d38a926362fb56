using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Batch;

/// <summary>
/// Cleans a planned set of files in parallel. Each file is read, cleaned and written on its own
/// (through <see cref="AtomicFile"/>), so outputs do not depend on the number of workers, memory
/// is bounded by the largest files in flight, and a bad file costs only itself.
/// </summary>
public sealed class BatchRunner(TranslationFixEngine engine, RewriteSettings settings, string engineFingerprint)
{
    /// <summary>Processes <paramref name="files"/>; <paramref name="onFile"/> is called (from any worker) as each one finishes.</summary>
    public void Run(IReadOnlyList<BatchFile> files, IReadOnlyDictionary<string, FileRecord> done, Action<FileRecord> onFile, CancellationToken cancel)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Jobs), CancellationToken = cancel };
        // One file at a time per worker (no chunking): file sizes vary a lot in a corpus.
        var partitioner = Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering);
        try
        {
            Parallel.ForEach(partitioner, options, file => onFile(Process(file, done)));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl-C: workers finish the file in hand (each write is atomic) and no new one starts.
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is CliException) is { } reason)
        {
            // The report could not be written (disk full): one line, not a stack trace.
            throw reason;
        }
    }

    public FileRecord Process(BatchFile file, IReadOnlyDictionary<string, FileRecord> done)
    {
        var clock = Stopwatch.StartNew();
        long size = 0;
        FileRecord Outcome(FileStatus status, string? reason) =>
            new() { Path = file.Path, Status = status, Reason = reason, Bytes = size, Milliseconds = clock.ElapsedMilliseconds, Engine = engineFingerprint };
        byte[] bytes;
        try
        {
            size = new FileInfo(file.Path).Length;
            if (size > settings.MaxFileBytes)
                return Outcome(FileStatus.Skipped, $"too large ({size} bytes; the limit is {settings.MaxFileBytes})");
            bytes = File.ReadAllBytes(file.Path);
            size = bytes.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Outcome(FileStatus.Skipped, $"unreadable: {InputFiles.Reason(e)}");
        }

        string sha = Hash(bytes);
        if (done.TryGetValue(file.Path, out var earlier) && IsDone(earlier, sha, file))
            return earlier with { Status = FileStatus.Resumed, Milliseconds = clock.ElapsedMilliseconds };

        EncodedText input;
        try
        {
            input = EncodedText.Decode(bytes);
        }
        catch (InvalidTextException e)
        {
            return Outcome(FileStatus.Skipped, e.Line > 0 ? $"{e.Message} at line {e.Line}, column {e.Column}" : e.Message) with { Sha256 = sha };
        }

        try
        {
            var result = engine.Fix(Document.Create(input.Text, DocumentFormats.FromPath(file.Path), engine.Options.Language, file.Path));
            byte[] output = result.Changed ? input.WithText(result.Corrected.Text).Encode() : bytes;
            Write(file, bytes, output, result.Changed);
            var edits = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var fix in result.AppliedFixes) edits[fix.Finding.RuleId] = edits.GetValueOrDefault(fix.Finding.RuleId) + 1;
            return Outcome(result.Changed ? FileStatus.Changed : FileStatus.Unchanged, null) with
            {
                Edits = edits,
                Findings = result.Findings.Count,
                Remaining = result.Remaining.Count,
                Sha256 = sha,
                OutputSha256 = result.Changed ? Hash(output) : sha,
                DryRun = settings.DryRun,
            };
        }
        catch (CliException e)
        {
            return Outcome(FileStatus.Failed, e.Message) with { Sha256 = sha };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An engine bug (or a glossary regex timing out) on one file must not stop the batch.
            return Outcome(FileStatus.Failed, $"{e.GetType().Name}: {e.Message}") with { Sha256 = sha };
        }
    }

    private void Write(BatchFile file, byte[] original, byte[] output, bool changed)
    {
        if (file.Target is null) return;
        if (settings.InPlace)
        {
            if (!changed) return;
            AtomicFile.CheckReplaceable(file.Path, settings.Force);
            if (settings.BackupSuffix is { Length: > 0 } suffix) AtomicFile.Write(file.Path + suffix, original, ModeOf(file.Path));
            AtomicFile.Write(file.Path, output);
            return;
        }
        string? folder = Path.GetDirectoryName(Path.GetFullPath(file.Target));
        if (folder is not null) Directory.CreateDirectory(folder);
        AtomicFile.Write(file.Target, output, ModeOf(file.Path));
    }

    // Done before: a real run (not a dry run) that succeeded with the same engine, on this very
    // content, either as it was (out-dir) or as that run left it (in place).
    private bool IsDone(FileRecord earlier, string sha, BatchFile file) =>
        earlier.Status is FileStatus.Changed or FileStatus.Unchanged or FileStatus.Resumed
        && !earlier.DryRun
        && earlier.Engine == engineFingerprint
        && (earlier.Sha256 == sha || earlier.OutputSha256 == sha)
        && (file.Target is null || settings.InPlace || File.Exists(file.Target));

    private static UnixFileMode? ModeOf(string path) => OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
