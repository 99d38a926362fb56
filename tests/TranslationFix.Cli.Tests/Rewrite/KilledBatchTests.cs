using System.Diagnostics;
using System.Text;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Files;

namespace TranslationFix.Cli.Tests.Rewrite;

/// <summary>A real <c>tfix rewrite --in-place</c> process killed (SIGKILL) mid-batch leaves every file old or new.</summary>
public sealed class KilledBatchTests : TempCorpusTests
{
    [Fact]
    public void RewriteInPlace_ProcessKilledMidBatch_EveryFileOldOrNew()
    {
        var filler = new StringBuilder();
        for (int i = 0; i < 200; i++) filler.Append("Naixue's tea and the big model market grew again this quarter. ");
        for (int i = 0; i < 300; i++) Dir.Write($"corpus/{i % 10}/a{i:D3}.txt", $"Story {i}. {filler}\n");
        var before = Dir.Snapshot("corpus");
        string report = Dir.PathOf("report.jsonl");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { typeof(RewriteCommand).Assembly.Location, "rewrite", Dir.Corpus, "--in-place", "--jobs", "2",
                     "--report", report, "-g", Dir.GlossaryPath, "--no-builtin-glossaries" })
            start.ArgumentList.Add(arg);
        using (var process = Process.Start(start)!)
        {
            // Kill as soon as some files are done (or when it has finished: the check below holds either way).
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline && (!File.Exists(report) || new FileInfo(report).Length == 0))
                Thread.Sleep(5);
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var after = Dir.Snapshot("corpus");
        foreach (var (path, bytes) in after.Where(f => !AtomicFile.IsTempFile(f.Key)))
        {
            string text = Encoding.UTF8.GetString(bytes);
            string old = Encoding.UTF8.GetString(before[path]);
            string cleaned = old.Replace("Naixue's tea", "Nayuki").Replace("big model", "large model");
            Assert.True(text == old || text == cleaned, $"{path} is neither the old nor the new text");
        }
        Assert.Equal(before.Count, after.Keys.Count(k => !AtomicFile.IsTempFile(k)));
        Assert.Contains(after.Values, b => Encoding.UTF8.GetString(b).Contains("Nayuki"));
    }
}
