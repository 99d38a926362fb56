using System.Text.Json;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private static readonly string[] OwnGlossary = ["-g", "glossary.yaml", "--no-builtin-glossaries"];

    [Fact]
    public void Check_Json_HasTheDesignedShape()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Intro.\n奈 Naixue’s tea grew.");

        var run = Tfix.Invoke(dir.Path, ["check", "a.txt", "--format", "json", .. OwnGlossary]);

        Assert.Equal(1, run.ExitCode);   // a warning reaches the default --fail-on warning
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("a.txt", file.GetProperty("path").GetString());
        // The lone 奈 is also flagged as untranslated text (mt.untranslated); the name finding is the one looked at here.
        var findings = file.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, x => Assert.Contains(x.GetProperty("ruleId").GetString(), new[] { "name.glossary", "mt.untranslated" }));
        var f = Assert.Single(findings, x => x.GetProperty("ruleId").GetString() == "name.glossary");
        Assert.Equal("warning", f.GetProperty("severity").GetString());
        Assert.Equal(2, f.GetProperty("line").GetInt32());
        Assert.Equal(3, f.GetProperty("column").GetInt32());
        Assert.Equal(9, f.GetProperty("start").GetInt32());    // UTF-16 code units of the decoded text
        Assert.Equal(12, f.GetProperty("length").GetInt32());
        Assert.Equal("Naixue’s tea", f.GetProperty("text").GetString());
        Assert.Equal("Nayuki", f.GetProperty("replacement").GetString());
        Assert.Contains("奈雪的茶", f.GetProperty("message").GetString());
    }

    [Fact]
    public void Check_Text_ReadsLikeACompiler()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "x big models");
        var run = Tfix.Invoke(dir.Path, ["check", "a.txt", .. OwnGlossary]);
        Assert.StartsWith("a.txt:1:3: warning term.glossary: 'big models' → 'large models'", run.StdOut);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("never", 0)]
    public void Check_FailOn_GatesTheExitCode(string level, int exitCode)
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "big models");
        Assert.Equal(exitCode, Tfix.Invoke(dir.Path, ["check", "a.txt", "--fail-on", level, .. OwnGlossary]).ExitCode);
    }

    [Fact]
    public void Check_CleanText_ExitsZero()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Large models are here.");
        var run = Tfix.Invoke(dir.Path, ["check", "a.txt", .. OwnGlossary]);
        Assert.Equal((0, ""), (run.ExitCode, run.StdOut));
    }

    [Fact]
    public void Check_Directory_ChecksTextFilesBelowIt()
    {
        using var dir = new TempFolder();
        dir.Write("feed/one.txt", "big models");
        dir.Write("feed/sub/two.md", "Naixue's tea");
        dir.Write("feed/image.png", "big models");
        var run = Tfix.Invoke(dir.Path, ["check", "feed", "--format", "json", .. OwnGlossary]);
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.Equal(["feed/one.txt", "feed/sub/two.md"],
            json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!.Replace('\\', '/')));
    }

    [Fact]
    public void Check_UnknownFormat_IsBadUsage()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "x");
        var run = Tfix.Invoke(dir.Path, "check", "a.txt", "--format", "yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.StdErr);
    }

    [Fact]
    public void Check_ChangesNothing()
    {
        using var dir = new TempFolder();
        string path = dir.Write("a.txt", "big models");
        Tfix.Invoke(dir.Path, ["check", "a.txt", .. OwnGlossary]);
        Assert.Equal("big models", File.ReadAllText(path));
    }
}
