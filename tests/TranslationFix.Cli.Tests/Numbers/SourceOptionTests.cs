using System.Diagnostics;

namespace TranslationFix.Cli.Tests.Numbers;

/// <summary>
/// <c>tfix fix/check --source</c> end to end, run as a process (as users and CI run it), which
/// also proves the recogniser assemblies are copied next to tfix.dll.
/// </summary>
public sealed class SourceOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tfix-numbers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A translation and its Chinese source, side by side in the temporary folder.</summary>
    private (string Target, string Source) Pair(string stem, string english, string chinese) =>
        (Write($"{stem}.en.txt", english), Write($"{stem}.zh.txt", chinese));

    private static (int Exit, string Out, string Err) Tfix(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tfix.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void Fix_WithSource_CorrectsMagnitudeSlip()
    {
        var (target, source) = Pair("a", "The start-up raised US$3 million.\n\nIt has 86 stores.\n", "这家初创公司融资3000万美元。\n\n门店共86家。\n");
        var (exit, stdout, _) = Tfix("fix", target, "--source", source, "--from", "zh", "--no-builtin-glossaries");
        Assert.Equal(0, exit);
        Assert.Equal("The start-up raised US$30 million.\n\nIt has 86 stores.\n", stdout);
    }

    [Fact]
    public void Check_Folder_PicksUpBilingualFiles()
    {
        Write("feed/pairs.jsonl", "{\"source\":\"人口2.1亿\",\"target\":\"a population of 2.1 billion\"}\n");
        var (exit, stdout, _) = Tfix("check", Path.Combine(_dir, "feed"), "--no-builtin-glossaries");
        Assert.Equal(1, exit);
        Assert.Contains("pairs.jsonl:", stdout);
        Assert.Contains("number.source-mismatch", stdout);
    }

    [Fact]
    public void Check_BilingualJsonl_ReportsMismatchAsJson()
    {
        string pairs = Write("pairs.jsonl",
            "{\"source\":\"人口2.1亿\",\"target\":\"a population of 2.1 billion\"}\n{\"source\":\"门店86家\",\"target\":\"86 stores\"}\n");
        var (exit, stdout, _) = Tfix("check", pairs, "--format", "json", "--no-builtin-glossaries");
        Assert.Equal(1, exit);
        Assert.Contains("\"ruleId\": \"number.source-mismatch\"", stdout.Replace("\":\"", "\": \""));
        Assert.Contains("210 million", stdout);
    }

    [Fact]
    public void Check_LineAlignment_ComparesLineByLine()
    {
        var (target, source) = Pair("b", "Revenue was US$30 million\nIt has 68 stores\n", "营收3000万美元\n门店86家\n");
        var (exit, stdout, _) = Tfix("check", target, "--source", source, "--align", "lines", "--no-builtin-glossaries");
        Assert.Equal(1, exit);
        Assert.Contains("b.en.txt:2:", stdout);
        Assert.DoesNotContain("b.en.txt:1:", stdout);
    }

    [Theory]
    [InlineData("--align", "words", "--align: 'words' is not one of paragraphs, lines")]
    [InlineData("--from", "xx", "--from: 'xx' is not one of")]
    public void Check_BadSourceOption_ExitsTwoWithOneLine(string option, string value, string message)
    {
        var (target, source) = Pair("c", "Revenue was US$30 million\n", "营收3000万美元\n");
        var (exit, _, stderr) = Tfix("check", target, "--source", source, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Check_BadXliff_NamesFileAndLine()
    {
        string pairs = Write("bad.xlf", "<xliff version=\"1.2\">\n<file><body><trans-unit id=\"1\"><target>x</target></trans-unit></body></file></xliff>");
        var (exit, _, stderr) = Tfix("check", pairs);
        Assert.Equal(2, exit);
        Assert.Contains("bad.xlf:2: <trans-unit> without <source>", stderr);
    }

    [Theory]
    [InlineData("iso", "Losses were USD 540 million and USD 3 million.\n")]
    [InlineData("auto", "Losses were US$540 million and US$3 million.\n")]
    public void Fix_CurrencyStyle_RewritesAmounts(string style, string expected)
    {
        string target = Write("d.en.txt", "Losses were US$540 million and 3 million US dollars.\n");
        var (exit, stdout, _) = Tfix("fix", target, "--currency-style", style, "--no-builtin-glossaries");
        Assert.Equal((0, expected), (exit, stdout));
    }

    [Fact]
    public void Fix_UnknownCurrencyStyle_ExitsTwo()
        => Assert.Equal(2, Tfix("fix", Write("e.en.txt", "x\n"), "--currency-style", "euro").Exit);

    [Fact]
    public void Fix_BilingualFile_Refused()
    {
        string pairs = Write("p.jsonl", "{\"source\":\"a\",\"target\":\"b\"}\n");
        Assert.Equal(2, Tfix("fix", pairs).Exit);
    }
}
