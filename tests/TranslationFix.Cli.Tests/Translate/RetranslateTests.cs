using System.CommandLine;
using System.Text.RegularExpressions;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Translate;

/// <summary><c>tfix fix TARGET --source SRC --retranslate</c> against a fake Translator on 127.0.0.1.</summary>
public sealed class RetranslateTests
{
    private static int Run(Func<string, string?> environment, params string[] args) =>
        InProcess.Run(FixCommand.Create(environment), args);

    [Fact]
    public void Fix_Retranslate_ReplacesOnlyTheSegmentThatFailsAgainstTheSource()
    {
        using var dir = new TempFolder();
        string source = dir.Write("a.zh.txt", "奈雪的茶融资3000万美元。\n\n何刚离职。\n");
        string target = dir.Write("a.txt", "Naixue's tea raised US$5 million.\n\nHe Gang left.\n");
        var sent = new List<string>();
        using var service = FakeTranslatorService.Start(text =>
        {
            sent.Add(text);
            return Regex.Replace(text, "<mstrans:dictionary translation=\"([^\"]*)\">.*?</mstrans:dictionary>.*", "$1 raised US$30 million.");
        });

        int exit = Run(TranslateCommandTests.Env(service.Endpoint), "fix", target, "--source", source, "--retranslate",
            "-g", dir.Combine("glossary.yaml"), "--no-builtin-glossaries", "--in-place");

        Assert.Equal(0, exit);
        // Only the failing segment went out, with the glossary's name protected.
        Assert.Equal(["<mstrans:dictionary translation=\"Nayuki\">奈雪的茶</mstrans:dictionary>融资3000万美元。"], sent);
        Assert.Equal("Nayuki raised US$30 million.\n\nHe Gang left.\n", File.ReadAllText(target));
    }

    [Fact]
    public void Fix_RetranslateWithoutSource_IsBadUsage()
    {
        using var dir = new TempFolder();
        string target = dir.Write("a.txt", "text");
        var error = Assert.Throws<CliException>(() => Run(_ => "key", "fix", target, "--retranslate"));
        Assert.StartsWith("--retranslate needs --source", error.Message);
    }
}
