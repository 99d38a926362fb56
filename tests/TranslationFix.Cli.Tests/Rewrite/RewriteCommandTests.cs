using System.Text;
using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class RewriteCommandTests : IDisposable
{
    private readonly TempCorpus _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Rewrite_OutDir_MirrorsFoldersAndFixesTerms()
    {
        _dir.Write("corpus/a.txt", "Naixue's tea CTO resigned. The big model era.\n");
        _dir.Write("corpus/sub/b.md", "Nothing to fix here.\n");

        var (exit, output) = _dir.Rewrite("@corpus", "--out-dir", "@out");

        Assert.Equal(0, exit);
        Assert.Equal("Nayuki CTO resigned. The large model era.\n", _dir.Read("out/a.txt"));
        Assert.Equal("Nothing to fix here.\n", _dir.Read("out/sub/b.md"));
        Assert.Equal("Naixue's tea CTO resigned. The big model era.\n", _dir.Read("corpus/a.txt"));
        Assert.Contains("2 files seen, 1 changed, 1 unchanged", output);
        Assert.Contains("name.glossary 1, term.glossary 1", output);
    }

    [Fact]
    public void Rewrite_BinaryAndInvalidUtf8Files_SkippedReportedAndBatchCompletes()
    {
        _dir.Write("corpus/a.txt", "Naixue's tea\n");
        _dir.WriteBytes("corpus/binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
        _dir.WriteBytes("corpus/latin1.txt", Encoding.Latin1.GetBytes("café au lait\n"));
        _dir.Write("corpus/z.txt", "The big model\n");

        var (exit, output) = _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@report.jsonl", "--jobs", "2");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("Nayuki\n", _dir.Read("out/a.txt"));
        Assert.Equal("The large model\n", _dir.Read("out/z.txt"));
        Assert.False(File.Exists(_dir.PathOf("out/binary.txt")));
        Assert.False(File.Exists(_dir.PathOf("out/latin1.txt")));
        Assert.Contains("2 skipped", output);
        Assert.Contains("binary.txt: skipped: binary file", output);
        Assert.Contains("latin1.txt: skipped: not valid utf-8", output);

        var report = BatchReport.Read(_dir.PathOf("report.jsonl"));
        Assert.Equal(4, report.Count);
        Assert.Equal(FileStatus.Skipped, report.Single(r => r.Key.EndsWith("binary.txt")).Value.Status);
        Assert.Equal(FileStatus.Skipped, report.Single(r => r.Key.EndsWith("latin1.txt")).Value.Status);
        Assert.Equal(2, report.Values.Count(r => r.Status == FileStatus.Changed));
    }

    [Fact]
    public void Rewrite_FileOverSizeLimit_Skipped()
    {
        _dir.Write("corpus/small.txt", "Naixue's tea\n");
        _dir.Write("corpus/big.txt", new string('x', 5000));

        var (exit, output) = _dir.Rewrite("@corpus", "--out-dir", "@out", "--max-file-size", "4KB");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("big.txt: skipped: too large", output);
        Assert.Equal("Nayuki\n", _dir.Read("out/small.txt"));
    }

    [Fact]
    public void Rewrite_Jobs1AndJobs4_IdenticalOutputs()
    {
        _dir.WriteArticles(60);

        var one = _dir.Rewrite("@corpus", "--out-dir", "@out1", "--jobs", "1");
        var four = _dir.Rewrite("@corpus", "--out-dir", "@out4", "--jobs", "4");

        Assert.Equal(0, one.Exit);
        Assert.Equal(0, four.Exit);
        var a = _dir.Snapshot("out1");
        var b = _dir.Snapshot("out4");
        Assert.Equal(60, a.Count);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var key in a.Keys) Assert.Equal(a[key], b[key]);
        Assert.Contains(a.Values, bytes => Encoding.UTF8.GetString(bytes).Contains("Nayuki opened"));
    }

    [Fact]
    public void Rewrite_InPlace_KeepsBomLineEndingsPermissionsAndBackup()
    {
        byte[] original = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Naixue's tea\r\nline two\r\n")];
        string path = _dir.WriteBytes("corpus/a.txt", original);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string clean = _dir.Write("corpus/clean.txt", "clean\n");
        var cleanTime = File.GetLastWriteTimeUtc(clean);

        var (exit, _) = _dir.Rewrite("@corpus", "--in-place", "--backup", ".orig");

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
        _dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, output) = _dir.Rewrite("@corpus", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("a.txt: would change, 1 edit (name.glossary 1)", output);
        Assert.Equal("Naixue's tea\n", _dir.Read("corpus/a.txt"));
        Assert.Single(Directory.GetFiles(_dir.Corpus));
    }

    [Fact]
    public void Rewrite_Glob_TakesOnlyMatchingFiles()
    {
        _dir.Write("corpus/x/a.md", "Naixue's tea\n");
        _dir.Write("corpus/x/b.txt", "Naixue's tea\n");

        var (exit, _) = _dir.Rewrite(_dir.Corpus + "/**/*.md", "--out-dir", "@out");

        Assert.Equal(0, exit);
        Assert.Equal("Nayuki\n", _dir.Read("out/x/a.md"));
        Assert.False(File.Exists(_dir.PathOf("out/x/b.txt")));
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
        _dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, message) = _dir.Rewrite(["@corpus", .. options]);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(reason, message);
        Assert.Equal("Naixue's tea\n", _dir.Read("corpus/a.txt"));
    }

    [Fact]
    public void Rewrite_OutDirInsideInput_SkipsEarlierOutputs()
    {
        _dir.Write("corpus/a.txt", "Naixue's tea\n");
        Assert.Equal(0, _dir.Rewrite("@corpus", "--out-dir", "@corpus/cleaned").Exit);

        var (exit, output) = _dir.Rewrite("@corpus", "--out-dir", "@corpus/cleaned");

        Assert.Equal(0, exit);
        Assert.Contains("1 files seen", output);
        Assert.False(Directory.Exists(_dir.PathOf("corpus/cleaned/cleaned")));
    }

    [Fact]
    public void Rewrite_OutDirIsTheInputFolder_Exit2SuggestingInPlace()
    {
        _dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, message) = _dir.Rewrite("@corpus", "--out-dir", _dir.Corpus + "/");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("use --in-place", message);
    }

    [Fact]
    public void Rewrite_TwoInputsWithTheSameRelativePath_Exit2BeforeWritingAnything()
    {
        _dir.Write("one/a.txt", "Naixue's tea\n");
        _dir.Write("two/a.txt", "Naixue's tea\n");

        var (exit, message) = _dir.Rewrite("@one", "@two", "--out-dir", "@out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("would overwrite", message);
        Assert.False(Directory.Exists(_dir.PathOf("out")));
    }

    [Fact]
    public void Rewrite_SameFileNamedTwice_ProcessedOnce()
    {
        string path = _dir.Write("corpus/a.txt", "Naixue's tea\n");

        var (exit, output) = _dir.Rewrite("@corpus", path, "--in-place");

        Assert.Equal(0, exit);
        Assert.Contains("1 files seen, 1 changed", output);
    }

    [Fact]
    public void Rewrite_MissingInput_Exit2NamingIt()
    {
        var (exit, message) = _dir.Rewrite("@nothing-here", "--in-place");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("nothing-here: no such file or directory", message);
    }
}
