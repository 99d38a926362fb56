using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Rewrite;

/// <summary>rewrite reads tfix.yaml like check and fix: its rules shape the engine, its excludes skip files.</summary>
public sealed class RewriteConfigTests
{
    [Fact]
    public void Rewrite_ConfigRulesAndExcludes_AreHonoured()
    {
        using var dir = new TempFolder();
        dir.Write("feed/tfix.yaml", "rules:\n  punct: off\nexclude: [drafts/]\n");
        dir.Write("feed/a.txt", "Sales rose. . Big models grew.\n");
        dir.Write("feed/glossary.yaml", TempFolder.Glossary);
        dir.Write("feed/tfix.yaml", "rules:\n  punct: off\nexclude: [drafts/]\nglossaries: [glossary.yaml]\n");
        dir.Write("feed/drafts/b.txt", "Big models grew.\n");

        var run = Tfix.Invoke(dir.Path, "rewrite", "feed", "--out-dir", "clean", "--jobs", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Sales rose. . Large models grew.\n", File.ReadAllText(dir.Combine("clean/a.txt")));   // punct off, glossary on
        Assert.False(File.Exists(dir.Combine("clean/drafts/b.txt")));                                      // excluded
    }
}
