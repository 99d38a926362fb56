using System.Text.Json;

namespace TranslationFix.Cli.Tests.CiMode;

public sealed class CheckCommandCiTests
{
    private const string Article = "Intro.\n\nNaixue CTO said the big model is ready.\n";
    private const string Clean = "Intro.\n\nNayuki CTO said the large model is ready.\n";

    // The paths a JSON report lists, with '/' separators.
    private static IEnumerable<string> CheckedPaths(TfixProcess.Run run)
    {
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!.Replace('\\', '/'))];
    }

    [Theory]
    [InlineData(Clean, new string[0], 0)]
    [InlineData(Article, new string[0], 1)]                              // warnings, default --fail-on warning
    [InlineData(Article, new[] { "--fail-on", "error" }, 0)]
    [InlineData(Article, new[] { "--fail-on", "never" }, 0)]
    [InlineData(Article, new[] { "--fail-on", "info" }, 1)]
    [InlineData(Article, new[] { "--fail-on", "sometimes" }, 2)]
    [InlineData(Article, new[] { "--format", "xml" }, 2)]
    public void Check_FailOn_ExitCode(string text, string[] options, int expected)
    {
        using var tree = new TempTree();
        tree.Write("a.md", text);
        Assert.Equal(expected, tree.Tfix(["check", "a.md", .. options]).ExitCode);
    }

    [Fact]
    public void Check_ConfigFailOn_UsedUnlessCommandLineSaysOtherwise()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "fail_on: error\n");
        tree.Write("news/a.md", Article);
        Assert.Equal(0, tree.Tfix("check", "news/a.md").ExitCode);
        Assert.Equal(1, tree.Tfix("check", "news/a.md", "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void Check_SeverityOverride_GatesOnIt()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "rules:\n  name.glossary: error\n  term.glossary: info\n");
        tree.Write("news/a.md", Article);
        var run = tree.Tfix("check", "news/a.md", "--fail-on", "error");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error name.glossary", run.Out);
        Assert.Contains("info term.glossary", run.Out);
    }

    [Fact]
    public void Check_MissingFile_Exit2NamingIt()
    {
        using var tree = new TempTree();
        var run = tree.Tfix("check", "nope.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("tfix: nope.md: no such file or directory", run.Err.Trim());
    }

    [Fact]
    public void Check_BadConfig_Exit2WithFileAndLine()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "language: en\nrulez: {}\n");
        tree.Write("news/a.md", Article);
        var run = tree.Tfix("check", "news/a.md");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"tfix: {Path.Combine(tree.Root, "news", "tfix.yaml")}:2: unknown key 'rulez'", run.Err.Trim());
    }

    [Fact]
    public void Check_BadBaseline_Exit2NamingIt()
    {
        using var tree = new TempTree();
        tree.Write("a.md", Article);
        tree.Write("base.json", "[1,2]");
        var run = tree.Tfix("check", "a.md", "--baseline", "base.json");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: base.json:1: not a tfix baseline", run.Err.Trim());   // JSON errors name the line
    }

    [Fact]
    public void Check_BaselineRoundTrip_EditAboveFindingsReportsNothingNew()
    {
        using var tree = new TempTree();
        tree.Write("news/a.md", Article);

        var write = tree.Tfix("check", "news", "--write-baseline", "tfix-baseline.json");
        Assert.Equal(0, write.ExitCode);
        Assert.Contains("recorded 2 findings in 1 files", write.Err);

        tree.Write("news/a.md", "A new paragraph on top.\n\nAnd one more.\n\n" + Article);
        var again = tree.Tfix("check", "news", "--baseline", "tfix-baseline.json");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("", again.Out);

        tree.Write("news/a.md", "Naixue opens a new shop.\n\n" + Article);
        var added = tree.Tfix("check", "news", "--baseline", "tfix-baseline.json");
        Assert.Equal(1, added.ExitCode);
        Assert.Equal("news/a.md:1:1: warning name.glossary", string.Join(":", added.Out.Trim().Split(':').Take(4)).Trim());
        Assert.Single(added.Out.Trim().Split('\n'));
    }

    [Fact]
    public void Check_BaselineFromOtherWorkingDirectory_StillMatches()
    {
        using var tree = new TempTree();
        tree.Write("news/a.md", Article);
        Assert.Equal(0, tree.Tfix("check", "news/a.md", "--write-baseline", "tfix-baseline.json").ExitCode);
        var run = TfixProcess.In(Path.Combine(tree.Root, "news"), "check", "a.md", "--baseline", "../tfix-baseline.json");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Check_NestedConfig_NearestWins()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "rules: { name.glossary: off }\n");
        tree.Write("news/a.md", Article);
        tree.Write("other/a.md", Article);

        var run = tree.Tfix("check", "news", "other", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var rules = json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("path").GetString()!,
            f => string.Join(",", f.GetProperty("findings").EnumerateArray().Select(x => x.GetProperty("ruleId").GetString())));
        Assert.Equal("term.glossary", rules[Path.Combine("news", "a.md")]);
        Assert.Equal("name.glossary,term.glossary", rules[Path.Combine("other", "a.md")]);
    }

    [Fact]
    public void Check_CommandLineDisable_AddsToConfig()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "rules: { name.glossary: off }\n");
        tree.Write("news/a.md", Article);
        var run = tree.Tfix("check", "news/a.md", "--disable", "term");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Check_Directory_SkipsBinaryExcludedAndNonTextFiles()
    {
        using var tree = new TempTree();
        tree.Write("tfix.yaml", "root: true\nbuiltin_glossaries: false\nglossaries: [test-glossary.yaml]\nexclude: [drafts/, '*.skip.md']\n");
        tree.Write("news/a.md", Article);
        tree.Write("news/b.skip.md", Article);
        tree.Write("news/drafts/c.md", Article);
        tree.Write("news/data.json", Article);
        File.WriteAllBytes(Path.Combine(tree.Root, "news", "binary.txt"), [(byte)'N', 0, 1, 2, (byte)'a']);

        Assert.Equal(["news/a.md"], CheckedPaths(tree.Tfix("check", "news", "--format", "json")));
    }

    [Fact]
    public void Check_IncludeGlobs_ChooseFilesInFolders()
    {
        using var tree = new TempTree();
        tree.Write("news/tfix.yaml", "include: ['*.article']\n");
        tree.Write("news/a.article", Article);
        tree.Write("news/b.md", Article);
        var run = tree.Tfix("check", "news");
        Assert.Contains("a.article:3:1:", run.Out);
        Assert.DoesNotContain("b.md", run.Out);
    }

    [Fact]
    public void Check_GlobArgument_ExpandsRecursively()
    {
        using var tree = new TempTree();
        tree.Write("news/2024/a.md", Article);
        tree.Write("news/2024/b.txt", Article);
        tree.Write("news/c.md", Article);
        Assert.Equal(["news/2024/a.md", "news/c.md"], CheckedPaths(tree.Tfix("check", "news/**/*.md", "--format", "json")));
    }

    [Fact]
    public void Check_FolderWithNothingToCheck_WarnsAndExits0()
    {
        using var tree = new TempTree();
        tree.Write("news/data.json", Article);
        var run = tree.Tfix("check", "news");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no files to check", run.Err);
    }

    [Fact]
    public void Check_GlobMatchingNothing_Exit2()
    {
        using var tree = new TempTree();
        var run = tree.Tfix("check", "news/**/*.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("news/**/*.md: no files match", run.Err);
    }

    [Fact]
    public void Check_Stdin_UsesConfigOfWorkingDirectory()
    {
        using var tree = new TempTree();
        var run = TfixProcess.Start(tree.Root, Article, "check", "-", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::warning file=-,line=3,col=1,", run.Out);
    }

    [Fact]
    public void Check_FormatGithub_OneAnnotationPerFinding()
    {
        using var tree = new TempTree();
        tree.Write("news/a.md", Article);
        var run = tree.Tfix("check", "news/a.md", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "::warning file=news/a.md,line=3,col=1,endLine=3,endColumn=7,title=name.glossary::'Naixue' → 'Nayuki': 奈雪的茶 is 'Nayuki' (organization) (fixable: tfix fix)\n" +
            "::warning file=news/a.md,line=3,col=21,endLine=3,endColumn=30,title=term.glossary::'big model' → 'large model': 'large model' is the term's established form (fixable: tfix fix)\n",
            run.Out.Replace('\\', '/'));
    }

    [Fact]
    public void Check_FormatSarifToOutput_WritesFileAndKeepsExitCode()
    {
        using var tree = new TempTree();
        tree.Write("news/a.md", Article);
        var run = tree.Tfix("check", "news", "--format", "sarif", "--output", "tfix.sarif");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        using var sarif = JsonDocument.Parse(tree.Read("tfix.sarif"));
        var runs = sarif.RootElement.GetProperty("runs");
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal(2, runs[0].GetProperty("results").GetArrayLength());
        Assert.Equal("news/a.md", runs[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Check_SarifWithBaseline_NewFindingKeepsItsFingerprint()
    {
        using var tree = new TempTree();
        tree.Write("a.md", Article);
        tree.Tfix("check", "a.md", "--write-baseline", "base.json");
        tree.Write("a.md", Article + "\nThe big model is ready.\n");

        static Dictionary<int, string> Prints(TfixProcess.Run run)
        {
            using var sarif = JsonDocument.Parse(run.Out);
            return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToDictionary(
                r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("charOffset").GetInt32(),
                r => r.GetProperty("partialFingerprints").GetProperty("tfixFinding/v1").GetString()!);
        }
        var all = Prints(tree.Tfix("check", "a.md", "--format", "sarif"));
        var onlyNew = Prints(tree.Tfix("check", "a.md", "--format", "sarif", "--baseline", "base.json"));

        var (offset, print) = Assert.Single(onlyNew);
        Assert.Equal(all[offset], print);
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public void Check_ShowSuppressed_ListsButDoesNotCount()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "<!-- tfix-disable -->\n" + Article);
        var quiet = tree.Tfix("check", "a.md");
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Out);

        var shown = tree.Tfix("check", "a.md", "--show-suppressed");
        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(2, shown.Out.Split('\n').Count(l => l.EndsWith("[suppressed]")));
        Assert.Contains("0 findings, 2 suppressed", shown.Err);
    }

    [Fact]
    public void Fix_SuppressedLine_LeftAlone()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "<!-- tfix-disable-next-line name.glossary -->\nNaixue and the big model.\nNaixue.\n");
        var run = tree.Tfix("fix", "a.md");
        Assert.Equal("<!-- tfix-disable-next-line name.glossary -->\nNaixue and the large model.\nNayuki.\n", run.Out);
    }
}
