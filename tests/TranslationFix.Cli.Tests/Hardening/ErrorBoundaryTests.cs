using System.Text;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Hardening;

/// <summary>Every reader's failure reaches the user the same way: one line "tfix: file:line: reason", exit code 2.</summary>
public sealed class ErrorBoundaryTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void AssertOneLine(string error, string expectedStart)
    {
        Assert.StartsWith(expectedStart, error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void GlossaryLint_DeeplyNestedYaml_ExitsTwoWithOneLine()
    {
        string path = _dir.Write("g.yaml", new string('[', 60_000));

        var (exit, error) = InProcess.RunCli("glossary", "lint", path);

        Assert.Equal(2, exit);
        AssertOneLine(error, $"tfix: {path}:1: nested more than");
    }

    [Fact]
    public void Check_DeeplyNestedTfixYamlAboveTheFile_ExitsTwoNamingTheConfig()
    {
        string config = _dir.Write("tfix.yaml", "rules:\n  x: " + new string('[', 60_000));
        string article = _dir.Write("a.txt", "Hello.\n");

        var (exit, error) = InProcess.RunCli("check", article, "--no-builtin-glossaries");

        Assert.Equal(2, exit);
        AssertOneLine(error, $"tfix: {config}:2: nested more than");
    }

    [Fact]
    public void Check_JsonlWithLoneSurrogate_ExitsTwoNamingTheLine()
    {
        string path = _dir.Write("a.jsonl", "{\"source\":\"a\",\"target\":\"b\\ud800c\"}\n");

        var (exit, error) = InProcess.RunCli("check", path, "--no-builtin-glossaries");

        Assert.Equal(2, exit);
        AssertOneLine(error, $"tfix: {path}:1: ");
    }

    [Fact]
    public void Fix_GlossaryWithInvalidUtf8_ExitsTwoNamingTheLine()
    {
        string glossary = _dir.WriteBytes("bad.yaml", [.. "- canonical: Nayuki\n  variants: [Nai"u8, 0xFF, .. "]\n"u8]);
        string article = _dir.Write("a.txt", "Hello.\n");

        var (exit, error) = InProcess.RunCli("fix", article, "-g", glossary, "-o", _dir.Combine("out.txt"));

        Assert.Equal(2, exit);
        AssertOneLine(error, $"tfix: {glossary}:2: not valid UTF-8");
    }

    [Fact]
    public void GlossaryImport_CsvWithUnbalancedQuote_ExitsTwoNamingTheLine()
    {
        string csv = _dir.Write("g.csv", "canonical,variants\nNayuki,\"Nai Xue\nByteDance,Byte Dance\n");

        var (exit, error) = InProcess.RunCli("glossary", "import", csv);

        Assert.Equal(2, exit);
        AssertOneLine(error, $"tfix: {csv}:2: unbalanced quote");
    }

    [Fact]
    public void Check_InvalidGlobArgument_ExitsTwo()
    {
        _dir.Write("news/a.md", "Hello.\n");
        var (exit, error) = InProcess.RunCli("check", _dir.Combine("news/[z-a]*.md"), "--no-builtin-glossaries");

        Assert.Equal(2, exit);
        Assert.Contains("bad glob", error);
    }

    [Fact]
    public void Check_InvalidExcludeGlobInConfig_ExitsTwoNamingTheLine()
    {
        string config = _dir.Write("tfix.yaml", "exclude:\n  - \"drafts/[\"\n");
        _dir.Write("a.txt", "Hello.\n");

        var (exit, error) = InProcess.RunCli("check", _dir.Path, "--no-builtin-glossaries");

        Assert.Equal(2, exit);
        AssertOneLine(error, $"tfix: {config}:2: 'exclude': bad glob");
    }

    [Fact]
    public void Check_XliffWithExternalEntity_ExitsTwo()
    {
        string path = _dir.Write("a.xlf", """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [ <!ENTITY e SYSTEM "file:///etc/hostname"> ]>
            <xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>&e;</target></trans-unit></body></file></xliff>
            """);

        var (exit, error) = InProcess.RunCli("check", path, "--no-builtin-glossaries");

        Assert.Equal(2, exit);
        AssertOneLine(error, $"tfix: {path}:2: the DOCTYPE declares the external entity 'e'");
    }

    [Fact]
    public void ErrorBoundary_UnknownException_IsNotSwallowed() =>
        Assert.Throws<InvalidOperationException>(() => ErrorBoundary.Run(() => throw new InvalidOperationException("bug"), TextWriter.Null));

    [Fact]
    public void ErrorBoundary_ReaderException_IsOneLineAndExitTwo()
    {
        var error = new StringWriter();
        int exit = ErrorBoundary.Run(() => throw new Core.Glossary.GlossaryFormatException("g.yaml", 3, "bad"), error);
        Assert.Equal(2, exit);
        Assert.Equal("tfix: g.yaml:3: bad" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Program_RealProcess_BadYamlIsOneLineNotATrace()
    {
        string path = _dir.Write("g.yaml", new string('[', 60_000));

        var run = Tfix.Invoke(_dir.Path, "glossary", "lint", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StdErr.TrimEnd('\n').Split('\n'));
    }
}
