namespace TranslationFix.Cli.Tests.CiMode;

public sealed class ConfigCommandTests
{
    [Fact]
    public void Show_NestedConfigs_EachValueWithItsOrigin()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "language: en\nrules:\n  name.glossary: error\nexclude: [drafts/]\n");
        string inner = Path.Combine(tree.Root, "news", "tfix.yaml");
        string outer = Path.Combine(tree.Root, "tfix.yaml");

        var run = tree.Tfix("config", "show", "news/drafts/a.md");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains($"# merged, nearest first: {inner}, {outer}", lines);
        Assert.Contains(lines, l => l.StartsWith("language: en ") && l.EndsWith($"# {inner}:1"));
        Assert.Contains(lines, l => l.StartsWith("builtin_glossaries: false ") && l.EndsWith($"# {outer}:2"));
        Assert.Contains(lines, l => l.StartsWith("rules.name.glossary: error ") && l.EndsWith($"# {inner}:3"));
        Assert.Contains(lines, l => l.StartsWith("fail_on: warning ") && l.EndsWith("# default"));
        Assert.Contains($"# this file: excluded by 'drafts/' ({inner}:4)", lines);
    }

    [Fact]
    public void Show_BadConfig_Exit2WithLine()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "style:\n  currency: euros\n");
        var run = tree.Tfix("config", "show", "news/a.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tfix.yaml:2: 'currency' must be one of auto, us-dollar-prefix, dollar-sign, iso", run.Err);
    }
}
