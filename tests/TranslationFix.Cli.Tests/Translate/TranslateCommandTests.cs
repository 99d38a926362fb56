using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Translate;

/// <summary>
/// <c>tfix translate</c> end to end against a fake Translator on 127.0.0.1 (HttpListener): the
/// glossary's names go out as dictionary markup, and the fix pipeline cleans what comes back.
/// </summary>
public sealed class TranslateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tfix-translate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static int Run(Func<string, string?> environment, params string[] args) =>
        InProcess.Run(TranslateCommand.Create(environment), args);

    [Fact]
    public void Translate_WithGlossary_ProtectsNamesThenFixesTerms()
    {
        string source = WriteFile("article.txt", "奈雪的茶首席技术官离职。\n\n第二段。\n");
        string glossary = WriteFile("names.yaml", """
            - canonical: Nayuki
              source: 奈雪的茶
              type: organization
            - canonical: CTO
              type: term
              variants: ["chief technology officer"]
            """);
        string output = Path.Combine(_folder, "article.en.txt");
        var sent = new List<string>();
        using var service = FakeTranslatorService.Start(text =>
        {
            sent.Add(text);
            return Regex.Replace(text, "<mstrans:dictionary translation=\"([^\"]*)\">.*?</mstrans:dictionary>", "$1 ")
                .Replace("首席技术官", "chief technology officer").Replace("离职。", " resigned.").Replace("第二段。", "Second paragraph.");
        });

        int exit = Run(Env(service.Endpoint), "translate", source, "--from", "zh-Hans", "--to", "en",
            "--no-builtin-glossaries", "--glossary", glossary, "-o", output);

        Assert.Equal(0, exit);
        Assert.Equal(["<mstrans:dictionary translation=\"Nayuki\">奈雪的茶</mstrans:dictionary>首席技术官离职。", "第二段。"], sent);
        Assert.Equal("Nayuki CTO resigned.\n\nSecond paragraph.\n", File.ReadAllText(output));
    }

    [Fact]
    public void Translate_NoKey_OneLineErrorNamingTheVariable()
    {
        string source = WriteFile("article.txt", "你好。");

        var error = Assert.Throws<CliException>(() => Run(_ => null, "translate", source, "--from", "zh-Hans"));

        Assert.StartsWith("TFIX_TRANSLATOR_KEY is not set", error.Message);
    }

    [Fact]
    public void Translate_ServiceRejectsKey_ErrorNamesFileAndCauseButNotKey()
    {
        string source = WriteFile("article.txt", "你好。");
        using var service = FakeTranslatorService.Start(_ => "", status: 401,
            body: """{"error":{"code":401000,"message":"The request is not authorized because credentials are missing or invalid."}}""");

        var error = Assert.Throws<CliException>(() => Run(Env(service.Endpoint), "translate", source, "--no-builtin-glossaries"));

        Assert.StartsWith($"{source}: Azure Translator: the key was rejected", error.Message);
        Assert.DoesNotContain("test-key-42", error.Message);
    }

    internal static Func<string, string?> Env(Uri endpoint) => name => name switch
    {
        "TFIX_TRANSLATOR_KEY" => "test-key-42",
        "TFIX_TRANSLATOR_ENDPOINT" => endpoint.ToString(),
        _ => null,
    };
}
