using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class ResumeAndShardTests : IDisposable
{
    private readonly TempCorpus _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Rewrite_SinceReport_SkipsDoneFilesAndRedoesChangedOrMissingOnes()
    {
        _dir.WriteArticles(20);
        Assert.Equal(0, _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@first.jsonl").Exit);
        var first = BatchReport.Read(_dir.PathOf("first.jsonl"));
        string edited = first.Keys.Order(StringComparer.Ordinal).First();
        File.AppendAllText(edited, "The big model again.\n");
        string lost = first.Keys.Order(StringComparer.Ordinal).Last();
        File.Delete(_dir.PathOf("out/" + Path.GetRelativePath(_dir.Corpus, lost)));

        var (exit, output) = _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@second.jsonl", "--since-report", "@first.jsonl");

        Assert.Equal(0, exit);
        var second = BatchReport.Read(_dir.PathOf("second.jsonl"));
        Assert.Equal(20, second.Count);
        Assert.Equal(18, second.Values.Count(r => r.Status == FileStatus.Resumed));
        Assert.Equal(FileStatus.Changed, second[edited].Status);
        Assert.NotEqual(FileStatus.Resumed, second[lost].Status);
        Assert.True(File.Exists(_dir.PathOf("out/" + Path.GetRelativePath(_dir.Corpus, lost))));
        Assert.Contains("18 done earlier", output);
    }

    [Fact]
    public void Rewrite_SinceReportInPlace_SkipsFilesItRewrote()
    {
        _dir.WriteArticles(10);
        Assert.Equal(0, _dir.Rewrite("@corpus", "--in-place", "--report", "@r.jsonl").Exit);

        // The same report as input and output: read first, then rewritten with the carried-over lines.
        var (exit, _) = _dir.Rewrite("@corpus", "--in-place", "--report", "@r.jsonl", "--since-report", "@r.jsonl");

        Assert.Equal(0, exit);
        Assert.All(BatchReport.Read(_dir.PathOf("r.jsonl")).Values, r => Assert.Equal(FileStatus.Resumed, r.Status));
    }

    [Fact]
    public void Rewrite_SinceReportWithOtherGlossary_RedoesEverything()
    {
        _dir.WriteArticles(5);
        Assert.Equal(0, _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r.jsonl").Exit);
        File.AppendAllText(_dir.GlossaryPath, "\n- canonical: Foo\n  variants: [\"Fooo\"]\n");

        _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r2.jsonl", "--since-report", "@r.jsonl");

        Assert.DoesNotContain(BatchReport.Read(_dir.PathOf("r2.jsonl")).Values, r => r.Status == FileStatus.Resumed);
    }

    [Fact]
    public void Rewrite_SinceReportWithTornLastLine_RedoesThatFile()
    {
        _dir.WriteArticles(3);
        Assert.Equal(0, _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r.jsonl").Exit);
        string report = _dir.PathOf("r.jsonl");
        string text = File.ReadAllText(report).TrimEnd('\n');
        File.WriteAllText(report, text[..(text.Length - 10)]);   // killed while writing the last line

        _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r2.jsonl", "--since-report", "@r.jsonl");

        Assert.Equal(2, BatchReport.Read(_dir.PathOf("r2.jsonl")).Values.Count(r => r.Status == FileStatus.Resumed));
    }

    [Fact]
    public void Rewrite_SinceReportNotJsonLines_Exit2NamingFileAndLine()
    {
        _dir.WriteArticles(1);
        _dir.Write("bad.jsonl", "not json\n{}\n");

        var (exit, message) = _dir.Rewrite("@corpus", "--in-place", "--since-report", "@bad.jsonl");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("bad.jsonl:1:", message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Rewrite_Shards_PartitionTheFilesAndReportsConcatenate(int count)
    {
        _dir.WriteArticles(40);
        var all = new List<string>();
        var combined = new System.Text.StringBuilder();
        for (int k = 1; k <= count; k++)
        {
            var (exit, _) = _dir.Rewrite("@corpus", "--out-dir", "@out", "--shard", $"{k}/{count}", "--report", $"@shard-{k}.jsonl");
            Assert.Equal(0, exit);
            var lines = File.ReadAllText(_dir.PathOf($"shard-{k}.jsonl"));
            combined.Append(lines);
            all.AddRange(BatchReport.Read(_dir.PathOf($"shard-{k}.jsonl")).Keys);
        }

        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
        Assert.Equal(40, _dir.Snapshot("out").Count);

        // The concatenated reports resume the whole corpus.
        _dir.Write("all.jsonl", combined.ToString());
        _dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@again.jsonl", "--since-report", "@all.jsonl");
        Assert.All(BatchReport.Read(_dir.PathOf("again.jsonl")).Values, r => Assert.Equal(FileStatus.Resumed, r.Status));
    }

    [Fact]
    public void Rewrite_ShardOfFolderGivenTwoWays_SameFiles()
    {
        _dir.WriteArticles(30);
        _dir.Rewrite("@corpus", "--dry-run", "--shard", "2/3", "--report", "@a.jsonl");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, _dir.Corpus);
        _dir.Rewrite(relative, "--dry-run", "--shard", "2/3", "--report", "@b.jsonl");

        var a = BatchReport.Read(_dir.PathOf("a.jsonl")).Keys.Select(p => Path.GetRelativePath(_dir.Corpus, p)).Order();
        var b = BatchReport.Read(_dir.PathOf("b.jsonl")).Keys.Select(p => Path.GetRelativePath(relative, p)).Order();
        Assert.Equal(a, b);
    }
}
