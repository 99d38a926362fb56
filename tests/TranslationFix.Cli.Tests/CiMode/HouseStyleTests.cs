using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.CiMode;

/// <summary>The number house style comes from --currency-style, else tfix.yaml's style.currency, else the article's majority.</summary>
public sealed class HouseStyleTests
{
    private const string Article = "The firm raised US$5 million. It spent 700,000 US dollars.\n";

    [Theory]
    [InlineData(null, new string[0], "The firm raised US$5 million. It spent US$700,000.\n")]              // the majority style
    [InlineData("dollar-sign", new string[0], "The firm raised $5 million. It spent $700,000.\n")]         // tfix.yaml
    [InlineData("dollar-sign", new[] { "--currency-style", "iso" }, "The firm raised USD 5 million. It spent USD 700,000.\n")] // the command line wins
    public void Fix_CurrencyStyle_FollowsCommandLineThenConfig(string? configured, string[] flags, string expected)
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Article);
        if (configured is not null) dir.Write("tfix.yaml", $"style:\n  currency: {configured}\n");

        var run = Tfix.Invoke(dir.Path, ["fix", "a.txt", "--no-builtin-glossaries", .. flags]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.StdOut);
    }

    [Fact]
    public void Config_UnknownCurrencyStyle_IsAnErrorWithFileAndLine()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Article);
        dir.Write("tfix.yaml", "language: en\nstyle:\n  currency: euros\n");
        var run = Tfix.Invoke(dir.Path, "fix", "a.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tfix.yaml:3:", run.StdErr);
    }
}
