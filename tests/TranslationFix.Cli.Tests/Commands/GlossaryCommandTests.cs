using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Commands;

public sealed class GlossaryCommandTests
{
    [Fact]
    public void Lint_GoodGlossary_SaysOk()
    {
        using var dir = new TempFolder();
        var run = Tfix.Invoke(dir.Path, "glossary", "lint", "glossary.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ok: 2 entries, 0 rules", run.StdOut);
    }

    [Fact]
    public void Lint_BadGlossary_ExitsTwoWithFileAndLine()
    {
        using var dir = new TempFolder();
        dir.Write("bad.yaml", "- canonical: A\n  type: animal\n");
        var run = Tfix.Invoke(dir.Path, "glossary", "lint", "bad.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: bad.yaml:2: unknown type 'animal'", run.StdErr);
    }

    [Fact]
    public void List_ShippedGlossary_IsEmbedded()
    {
        using var dir = new TempFolder();   // any folder: no files needed
        var run = Tfix.Invoke(dir.Path, "glossary", "list", "--pair", "zh-en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\tKai-Fu Lee\t李开复\t", run.StdOut);
    }
}
