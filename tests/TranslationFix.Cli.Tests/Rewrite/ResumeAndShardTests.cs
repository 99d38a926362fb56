using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class ResumeAndShardTests : TempCorpusTests
{
    [Fact]
    public void Rewrite_SinceReport_SkipsDoneFilesAndRedoesChangedOrMissingOnes()
    {
        Dir.WriteArticles(20);
        Assert.Equal(0, Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@first.jsonl").Exit);
        var first = BatchReport.Read(Dir.PathOf("first.jsonl"));
        string edited = first.Keys.Order(StringComparer.Ordinal).First();
        File.AppendAllText(edited, "The big model again.\n");
        string lost = first.Keys.Order(StringComparer.Ordinal).Last();
        File.Delete(Dir.PathOf("out/" + Path.GetRelativePath(Dir.Corpus, lost)));

        var (exit, output) = Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@second.jsonl", "--since-report", "@first.jsonl");

        Assert.Equal(0, exit);
        var second = BatchReport.Read(Dir.PathOf("second.jsonl"));
        Assert.Equal(20, second.Count);
        Assert.Equal(18, second.Values.Count(r => r.Status == FileStatus.Resumed));
        Assert.Equal(FileStatus.Changed, second[edited].Status);
        Assert.NotEqual(FileStatus.Resumed, second[lost].Status);
        Assert.True(File.Exists(Dir.PathOf("out/" + Path.GetRelativePath(Dir.Corpus, lost))));
        Assert.Contains("18 done earlier", output);
    }

    [Fact]
    public void Rewrite_SinceReportInPlace_SkipsFilesItRewrote()
    {
        Dir.WriteArticles(10);
        Assert.Equal(0, Dir.Rewrite("@corpus", "--in-place", "--report", "@r.jsonl").Exit);

        // The same report as input and output: read first, then rewritten with the carried-over lines.
        var (exit, _) = Dir.Rewrite("@corpus", "--in-place", "--report", "@r.jsonl", "--since-report", "@r.jsonl");

        Assert.Equal(0, exit);
        Assert.All(BatchReport.Read(Dir.PathOf("r.jsonl")).Values, r => Assert.Equal(FileStatus.Resumed, r.Status));
    }

    [Fact]
    public void Rewrite_SinceReportWithOtherGlossary_RedoesEverything()
    {
        Dir.WriteArticles(5);
        Assert.Equal(0, Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r.jsonl").Exit);
        File.AppendAllText(Dir.GlossaryPath, "\n- canonical: Foo\n  variants: [\"Fooo\"]\n");

        Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r2.jsonl", "--since-report", "@r.jsonl");

        Assert.DoesNotContain(BatchReport.Read(Dir.PathOf("r2.jsonl")).Values, r => r.Status == FileStatus.Resumed);
    }

    [Fact]
    public void Rewrite_SinceReportWithTornLastLine_RedoesThatFile()
    {
        Dir.WriteArticles(3);
        Assert.Equal(0, Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r.jsonl").Exit);
        string report = Dir.PathOf("r.jsonl");
        string text = File.ReadAllText(report).TrimEnd('\n');
        File.WriteAllText(report, text[..(text.Length - 10)]);   // killed while writing the last line

        Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@r2.jsonl", "--since-report", "@r.jsonl");

        Assert.Equal(2, BatchReport.Read(Dir.PathOf("r2.jsonl")).Values.Count(r => r.Status == FileStatus.Resumed));
    }

    [Fact]
    public void Rewrite_SinceReportNotJsonLines_Exit2NamingFileAndLine()
    {
        Dir.WriteArticles(1);
        Dir.Write("bad.jsonl", "not json\n{}\n");

        var (exit, message) = Dir.Rewrite("@corpus", "--in-place", "--since-report", "@bad.jsonl");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("bad.jsonl:1:", message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Rewrite_Shards_PartitionTheFilesAndReportsConcatenate(int count)
    {
        Dir.WriteArticles(40);
        var all = new List<string>();
        var combined = new System.Text.StringBuilder();
        for (int k = 1; k <= count; k++)
        {
            var (exit, _) = Dir.Rewrite("@corpus", "--out-dir", "@out", "--shard", $"{k}/{count}", "--report", $"@shard-{k}.jsonl");
            Assert.Equal(0, exit);
            var lines = File.ReadAllText(Dir.PathOf($"shard-{k}.jsonl"));
            combined.Append(lines);
            all.AddRange(BatchReport.Read(Dir.PathOf($"shard-{k}.jsonl")).Keys);
        }

        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
        Assert.Equal(40, Dir.Snapshot("out").Count);

        // The concatenated reports resume the whole corpus.
        Dir.Write("all.jsonl", combined.ToString());
        Dir.Rewrite("@corpus", "--out-dir", "@out", "--report", "@again.jsonl", "--since-report", "@all.jsonl");
        Assert.All(BatchReport.Read(Dir.PathOf("again.jsonl")).Values, r => Assert.Equal(FileStatus.Resumed, r.Status));
    }

    [Fact]
    public void Rewrite_ShardOfFolderGivenTwoWays_SameFiles()
    {
        Dir.WriteArticles(30);
        Dir.Rewrite("@corpus", "--dry-run", "--shard", "2/3", "--report", "@a.jsonl");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, Dir.Corpus);
        Dir.Rewrite(relative, "--dry-run", "--shard", "2/3", "--report", "@b.jsonl");

        var a = BatchReport.Read(Dir.PathOf("a.jsonl")).Keys.Select(p => Path.GetRelativePath(Dir.Corpus, p)).Order();
        var b = BatchReport.Read(Dir.PathOf("b.jsonl")).Keys.Select(p => Path.GetRelativePath(relative, p)).Order();
        Assert.Equal(a, b);
    }
}
