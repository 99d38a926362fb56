using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Polish;

/// <summary>A typo in an option or in tfix.yaml is an error naming what is wrong, never a setting that silently does nothing.</summary>
public sealed class StrictInputTests
{
    private static readonly string[] OwnGlossary = ["-g", "glossary.yaml", "--no-builtin-glossaries"];

    [Fact]
    public void Config_MisspelledRuleId_IsExit2AtItsLine()
    {
        using var dir = new TempFolder();
        dir.Write("tfix.yaml", "language: en\nrules:\n  name.glosary: off\n");
        dir.Write("a.txt", "Naixue's tea grew.\n");

        var run = Tfix.Invoke(dir.Path, ["check", "a.txt", .. OwnGlossary]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tfix.yaml:3: unknown rule or family 'name.glosary' (did you mean 'name.glossary'?)", run.StdErr);
        Assert.Single(run.StdErr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("--disable", "bogus.rule", "--disable: unknown rule or family 'bogus.rule'")]
    [InlineData("--disable", "punctt", "--disable: unknown rule or family 'punctt' (did you mean 'punct'?)")]
    [InlineData("--lang", "klingon", "--lang: 'klingon' is not a language code")]
    public void Option_UnknownValue_IsExit2NamingTheOption(string option, string value, string expected)
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Naixue's tea grew.\n");

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", option, value, .. OwnGlossary]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: " + expected, run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void DisableEntry_UnknownName_IsExit2()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Naixue's tea grew.\n");
        dir.Write("news/tfix.yaml", "disabled_entries: [Nayukii]\n");
        dir.Write("news/b.txt", "Naixue's tea grew.\n");

        var option = Tfix.Invoke(dir.Path, ["fix", "a.txt", "--disable-entry", "Nayukii"]);
        var config = Tfix.Invoke(dir.Path, ["fix", "news/b.txt"]);
        var known = Tfix.Invoke(dir.Path, ["fix", "a.txt", "--disable-entry", "nayuki"]);

        Assert.Equal(2, option.ExitCode);
        Assert.StartsWith("tfix: --disable-entry: no shipped glossary entry is named 'Nayukii'", option.StdErr);
        Assert.Equal(2, config.ExitCode);
        Assert.Contains("tfix.yaml:1: 'disabled_entries': no shipped glossary entry is named 'Nayukii'", config.StdErr);
        Assert.Equal(0, known.ExitCode);
        Assert.Equal("Naixue's tea grew.\n", known.StdOut);   // switched off: nothing rewritten
    }

    [Theory]
    [InlineData("punct")]
    [InlineData("name.glossary")]
    public void Option_KnownFamilyOrRule_IsAccepted(string selector)
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Naixue's tea grew.\n");

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", "--disable", selector, "--lang", "en-GB", .. OwnGlossary]);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void From_ContradictingTheSourceScript_IsAWarning()
    {
        using var dir = new TempFolder();
        dir.Write("a.en.txt", "Sales rose 5% to 30 million.\n");
        dir.Write("a.zh.txt", "销售额增长5%，达到3000万。\n");

        var run = Tfix.Invoke(dir.Path, ["check", "a.en.txt", "--source", "a.zh.txt", "--from", "ja", .. OwnGlossary]);

        Assert.Contains("tfix: warning: --from ja, but a.zh.txt reads as zh", run.StdErr);
        Assert.NotEqual(2, run.ExitCode);
    }

    [Fact]
    public void Fix_Folder_SaysItIsAFolder()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.Combine("news"));

        var run = Tfix.Invoke(dir.Path, ["fix", "news", .. OwnGlossary]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("tfix: news: is a folder; give a file (tfix check and tfix rewrite take folders)", run.StdErr.Trim());
    }

    [Fact]
    public void InvalidUtf8_IsReportedByLineAndColumn()
    {
        using var dir = new TempFolder();
        dir.WriteBytes("a.txt", [.. "first line\nab"u8, 0xC3, 0x28, .. "c\n"u8]);

        var run = Tfix.Invoke(dir.Path, ["check", "a.txt", .. OwnGlossary]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("tfix: a.txt:2:3: not valid utf-8 text (byte 0xC3)", run.StdErr.Trim());
    }
}
