using System.Text;
using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class RewriteCommandTests : TempCorpusTests
{
    [Fact]
    public void Rewrite_OutDir_MirrorsFoldersAndFixesTerms()
    {
        Dir.Write("corpus/a.txt", "Naixue's tea CTO resigned. The big model era.\n");
        Dir.Write("corpus/sub/b.md", "Nothing to fix here.\n");

        var (exit, output) = Dir.Rewrite("@corpus", "--out-dir", "@out");

        Assert.Equal(0, exit);
        Assert.Equal("Nayuki CTO resigned. The large model era.\n", Dir.Read("out/a.txt"));
        Assert.Equal("Nothing to fix here.\n", Dir.Read("out/sub/b.md"));
        Assert.Equal("Naixue's tea CTO resigned. The big model era.\n", Dir.Read("corpus/a.txt"));
        Assert.Contains("2 files seen, 1 changed, 1 unchanged", output);
        Assert.Contains("name.glossary 1, term.glossary 1", output);
    }

    [Fact]
    public void Rewrite_BinaryAndInvalidUtf8Files_SkippedReportedAndBatchCompletes()
    {
        Dir.Write("corpus/a.txt", "Naixue's tea\n");
        Dir.WriteBytes("corpus/binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
        Dir.WriteBytes("corpus/latin1.txt", Encoding.Latin1.GetBytes("café au lait\n"));
        Dir.Write("corpus/z.txt", "The big model\n");

        var (exit, output) = Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@report.jsonl", "--jobs", "2");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("Nayuki\n", Dir.Read("out/a.txt"));
        Assert.Equal("The large model\n", Dir.Read("out/z.txt"));
        Assert.False(File.Exists(Dir.PathOf("out/binary.txt")));
        Assert.False(File.Exists(Dir.PathOf("out/latin1.txt")));
        Assert.Contains("2 skipped", output);
        Assert.Contains("binary.txt: skipped: binary file", output);
        Assert.Contains("latin1.txt: skipped: not valid utf-8", output);

        var report = BatchReport.Read(Dir.PathOf("report.jsonl"));
        Assert.Equal(4, report.Count);
        Assert.Equal(FileStatus.Skipped, report.Single(r => r.Key.EndsWith("binary.txt")).Value.Status);
        Assert.Equal(FileStatus.Skipped, report.Single(r => r.Key.EndsWith("latin1.txt")).Value.Status);
        Assert.Equal(2, report.Values.Count(r => r.Status == FileStatus.Changed));
    }

    [Fact]
    public void Rewrite_FileOverSizeLimit_Skipped()
    {
        Dir.Write("corpus/small.txt", "Naixue's tea\n");
        Dir.Write("corpus/big.txt", new string('x', 5000));

        var (exit, output) = Dir.Rewrite("@corpus", "--out-dir", "@out", "--max-file-size", "4KB");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("big.txt: skipped: too large", output);
        Assert.Equal("Nayuki\n", Dir.Read("out/small.txt"));
    }

    [Fact]
    public void Rewrite_Jobs1AndJobs4_IdenticalOutputs()
    {
        Dir.WriteArticles(60);

        var one = Dir.Rewrite("@corpus", "--out-dir", "@out1", "--jobs", "1");
        var four = Dir.Rewrite("@corpus", "--out-dir", "@out4", "--jobs", "4");

        Assert.Equal(0, one.Exit);
        Assert.Equal(0, four.Exit);
        var a = Dir.Snapshot("out1");
        var b = Dir.Snapshot("out4");
        Assert.Equal(60, a.Count);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var key in a.Keys) Assert.Equal(a[key], b[key]);
        Assert.Contains(a.Values, bytes => Encoding.UTF8.GetString(bytes).Contains("Nayuki opened"));
    }

    [Fact]
    public void Rewrite_InPlace_KeepsBomLineEndingsPermissionsAndBackup()
    {
        byte[] original = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Naixue's tea\r\nline two\r\n")];
        string path = Dir.WriteBytes("corpus/a.txt", original);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string clean = Dir.Write("corpus/clean.txt", "clean\n");
        var cleanTime = File.GetLastWriteTimeUtc(clean);

        var (exit, _) = Dir.Rewrite("@corpus", "--in-place", "--backup", ".orig");

        Assert.Equal(0, exit);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Nayuki\r\nline two\r\n")], File.ReadAllBytes(path));
        Assert.Equal(original, File.ReadAllBytes(path + ".orig"));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(cleanTime, File.GetLastWriteTimeUtc(clean));   // unchanged files are not rewritten
        Assert.False(File.Exists(clean + ".orig"));
    }

    [Fact]
    public void Rewrite_DryRun_WritesNothing()
    {
        Dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, output) = Dir.Rewrite("@corpus", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("a.txt: would change, 1 edit (name.glossary 1)", output);
        Assert.Equal("Naixue's tea\n", Dir.Read("corpus/a.txt"));
        Assert.Single(Directory.GetFiles(Dir.Corpus));
    }

    [Fact]
    public void Rewrite_Glob_TakesOnlyMatchingFiles()
    {
        Dir.Write("corpus/x/a.md", "Naixue's tea\n");
        Dir.Write("corpus/x/b.txt", "Naixue's tea\n");

        var (exit, _) = Dir.Rewrite(Dir.Corpus + "/**/*.md", "--out-dir", "@out");

        Assert.Equal(0, exit);
        Assert.Equal("Nayuki\n", Dir.Read("out/x/a.md"));
        Assert.False(File.Exists(Dir.PathOf("out/x/b.txt")));
    }

    [Theory]
    [InlineData(new[] { "--in-place", "--out-dir", "x" }, "either --out-dir or --in-place")]
    [InlineData(new string[0], "--out-dir DIR or --in-place")]
    [InlineData(new[] { "--out-dir", "x", "--backup", ".bak" }, "--backup goes with --in-place")]
    [InlineData(new[] { "--in-place", "--jobs", "0" }, "--jobs")]
    [InlineData(new[] { "--in-place", "--shard", "3/2" }, "--shard")]
    [InlineData(new[] { "--in-place", "--max-file-size", "lots" }, "--max-file-size")]
    public void Rewrite_BadOptions_Exit2WithReason(string[] options, string reason)
    {
        Dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, message) = Dir.Rewrite(["@corpus", .. options]);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(reason, message);
        Assert.Equal("Naixue's tea\n", Dir.Read("corpus/a.txt"));
    }

    [Fact]
    public void Rewrite_OutDirInsideInput_SkipsEarlierOutputs()
    {
        Dir.Write("corpus/a.txt", "Naixue's tea\n");
        Assert.Equal(0, Dir.Rewrite("@corpus", "--out-dir", "@corpus/cleaned").Exit);

        var (exit, output) = Dir.Rewrite("@corpus", "--out-dir", "@corpus/cleaned");

        Assert.Equal(0, exit);
        Assert.Contains("1 file seen", output);
        Assert.False(Directory.Exists(Dir.PathOf("corpus/cleaned/cleaned")));
    }

    [Fact]
    public void Rewrite_OutDirIsTheInputFolder_Exit2SuggestingInPlace()
    {
        Dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, message) = Dir.Rewrite("@corpus", "--out-dir", Dir.Corpus + "/");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("use --in-place", message);
    }

    [Fact]
    public void Rewrite_TwoInputsWithTheSameRelativePath_Exit2BeforeWritingAnything()
    {
        Dir.Write("one/a.txt", "Naixue's tea\n");
        Dir.Write("two/a.txt", "Naixue's tea\n");

        var (exit, message) = Dir.Rewrite("@one", "@two", "--out-dir", "@out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("would overwrite", message);
        Assert.False(Directory.Exists(Dir.PathOf("out")));
    }

    [Fact]
    public void Rewrite_SameFileNamedTwice_ProcessedOnce()
    {
        string path = Dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, output) = Dir.Rewrite("@corpus", path, "--in-place");

        Assert.Equal(0, exit);
        Assert.Contains("1 file seen, 1 changed", output);
    }

    [Fact]
    public void Rewrite_MissingInput_Exit2NamingIt()
    {
        var (exit, message) = Dir.Rewrite("@nothing-here", "--in-place");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("nothing-here: no such file or directory", message);
    }
}
