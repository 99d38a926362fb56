using System.Text;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Commands;

public sealed class FixCommandTests
{
    private static readonly string[] OwnGlossary = ["-g", "glossary.yaml", "--no-builtin-glossaries"];

    [Fact]
    public void Fix_PrintsCorrectedText()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Naixue’s tea grew. In the boom of big models.\n");

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", .. OwnGlossary]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Nayuki grew. In the boom of large models.\n", run.StdOut);
        Assert.Contains("a.txt: 2 fixes applied", run.StdErr);
    }

    [Fact]
    public void Fix_Diff_PrintsUnifiedDiff()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Title\n\nNaixue's tea grew.\n");

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", "--diff", .. OwnGlossary]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            --- a/a.txt
            +++ b/a.txt
            @@ -1,3 +1,3 @@
             Title
             
            -Naixue's tea grew.
            +Nayuki grew.

            """.ReplaceLineEndings("\n"), run.StdOut.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Fix_InPlace_KeepsBomAndLineEndingsAndChangesOnlyTheFix()
    {
        using var dir = new TempFolder();
        byte[] original = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Line one\r\nNaixue's tea grew.\r\n")];
        string path = dir.WriteBytes("a.txt", original);

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", "--in-place", .. OwnGlossary]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Line one\r\nNayuki grew.\r\n")], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(dir.Path, "*a.txt*"));   // no temporary file left behind
    }

    [Fact]
    public void Fix_Output_WritesThereAndLeavesInputAlone()
    {
        using var dir = new TempFolder();
        string input = dir.Write("a.txt", "Naixue's tea grew.");

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", "-o", "out.txt", .. OwnGlossary]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Naixue's tea grew.", File.ReadAllText(input));
        Assert.Equal("Nayuki grew.", File.ReadAllText(dir.Combine("out.txt")));
    }

    [Fact]
    public void Fix_StandardInput_IsRead()
    {
        using var dir = new TempFolder();
        var run = Tfix.InvokeWithInput(dir.Path, Encoding.UTF8.GetBytes("big models"), ["fix", "-", .. OwnGlossary]);
        Assert.Equal("large models", run.StdOut);
    }

    [Fact]
    public void Fix_MissingFile_ExitsTwoWithOneLine()
    {
        using var dir = new TempFolder();
        var run = Tfix.Invoke(dir.Path, "fix", "nope.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("tfix: nope.txt: no such file or directory", run.StdErr.Trim());
    }

    [Fact]
    public void Fix_InvalidUtf8_ExitsTwoAndLeavesFileAlone()
    {
        using var dir = new TempFolder();
        byte[] bytes = [0x61, 0xC3, 0x28, 0x0A];
        string path = dir.WriteBytes("bad.txt", bytes);

        var run = Tfix.Invoke(dir.Path, "fix", "bad.txt", "--in-place");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: bad.txt:1:2: not valid utf-8", run.StdErr.Trim());
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_MalformedGlossary_ExitsTwoNamingFileAndLine()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "text");
        dir.Write("bad.yaml", "- canonical: A\n  variants: [x]\n- canonical: B\n  colour: red\n");

        var run = Tfix.Invoke(dir.Path, "fix", "a.txt", "-g", "bad.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: bad.yaml:4: unknown key 'colour'", run.StdErr.Trim());
        Assert.Single(run.StdErr.Trim().Split('\n'));
    }

    [Fact]
    public void Fix_OutputAndInPlaceTogether_IsBadUsage()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "text");
        var run = Tfix.Invoke(dir.Path, "fix", "a.txt", "-o", "b.txt", "--in-place");
        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(dir.Combine("b.txt")));
    }

    [Fact]
    public void Fix_UnknownOption_IsBadUsage()
    {
        using var dir = new TempFolder();
        var run = Tfix.Invoke(dir.Path, "fix", "a.txt", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: ", run.StdErr);
    }
}
