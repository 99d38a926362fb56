using System.CommandLine;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Translate;

/// <summary>The translator's endpoint and region may come from tfix.yaml; the key only from the environment.</summary>
public sealed class TranslatorConfigTests
{
    private static int Run(Func<string, string?> environment, params string[] args) =>
        InProcess.Run(TranslateCommand.Create(environment), args);

    [Fact]
    public void Translate_EndpointFromConfig_IsUsedWhenTheEnvironmentHasNone()
    {
        using var dir = new TempFolder();
        using var service = FakeTranslatorService.Start(_ => "Hello.");
        dir.Write("tfix.yaml", $"translator:\n  endpoint: {service.Endpoint}\n  region: westeurope\n");
        string source = dir.Write("a.zh.txt", "你好。\n");

        int exit = Run(name => name == "TFIX_TRANSLATOR_KEY" ? "test-key" : null,
            "translate", source, "--from", "zh-Hans", "-o", dir.Combine("a.en.txt"), "--no-builtin-glossaries");

        Assert.Equal(0, exit);
        Assert.Equal("Hello.\n", File.ReadAllText(dir.Combine("a.en.txt")));
    }

    [Fact]
    public void Config_TranslatorKey_IsRefusedWithFileAndLine()
    {
        using var dir = new TempFolder();
        dir.Write("tfix.yaml", "language: en\ntranslator:\n  key: abc\n");
        dir.Write("a.txt", "text");
        var run = Tfix.Invoke(dir.Path, "check", "a.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tfix.yaml:3: the translator key is never read from a file", run.StdErr);
    }
}
