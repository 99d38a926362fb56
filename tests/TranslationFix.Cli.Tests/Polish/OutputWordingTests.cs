using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Polish;

/// <summary>Messages a person reads: one error before any work, counts in the right number.</summary>
public sealed class OutputWordingTests
{
    private static readonly string[] OwnGlossary = ["-g", "glossary.yaml", "--no-builtin-glossaries"];

    [Fact]
    public void Rewrite_UnwritableOutDir_IsOneErrorBeforeAnyWork()
    {
        using var dir = new TempFolder();
        dir.Write("corpus/a.txt", "Naixue's tea grew.\n");
        dir.Write("corpus/b.txt", "Naixue's tea fell.\n");
        dir.Write("blocker", "a file where a folder should be\n");

        var run = Tfix.Invoke(dir.Path, ["rewrite", "corpus", "--out-dir", "blocker/out", .. OwnGlossary]);

        Assert.Equal(2, run.ExitCode);
        var lines = run.StdErr.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("tfix: --out-dir blocker/out: cannot write there", lines[0]);
        Assert.DoesNotContain("a.txt", run.StdOut + run.StdErr);
    }

    [Fact]
    public void Rewrite_OneFile_CountsInTheSingular()
    {
        using var dir = new TempFolder();
        dir.Write("corpus/a.txt", "Naixue's tea grew.\n");

        var run = Tfix.Invoke(dir.Path, ["rewrite", "corpus", "--out-dir", "clean", "--jobs", "1", .. OwnGlossary]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rewrite: 1 file seen, 1 changed", run.StdOut);
        Assert.Contains("; 0 findings left for review", run.StdOut);
        Assert.Contains(", 1 job", run.StdOut);
        Assert.DoesNotContain("1 jobs", run.StdOut);
        Assert.DoesNotContain("0.0 MB/s", run.StdOut);   // no rate for a few bytes in a few milliseconds
    }

    [Fact]
    public void Fix_OneFix_CountsInTheSingular()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Naixue's tea grew.\n");

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", .. OwnGlossary]);

        Assert.Contains("a.txt: 1 fix applied, 0 findings left for review", run.StdErr);
    }
}
