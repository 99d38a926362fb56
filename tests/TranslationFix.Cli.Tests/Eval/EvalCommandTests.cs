using System.Text.Json;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Eval;

/// <summary>A tiny annotated sample of our own: two MT texts with errors files, two controls with traps.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public EvalCommandTests()
    {
        _dir.Write("mt/01.txt", "Naixue’s tea opened a shop. Big models are popular.");
        _dir.Write("mt/01.errors.json", """
            [
              {"wrong": "Naixue’s tea", "right": "Nayuki", "kind": "name", "confidence": "high"},
              {"wrong": "Big models are", "right": "Large models are", "kind": "term", "confidence": "medium"}
            ]
            """);
        _dir.Write("mt/02.txt", "The chain Snow Tea Co grew fast.");
        _dir.Write("mt/02.errors.json", """
            [{"wrong": "Snow Tea Co", "right": "Nayuki", "kind": "name", "confidence": "high"}]
            """);
        _dir.Write("clean/a.txt", "Researchers said the model needs more data.");
        _dir.Write("clean/b.txt", "Advertisement\nThe tea shop opened on Monday.");
        _dir.Write("clean/traps.json", """
            [
              {"file": "a.txt", "text": "the model needs", "kind": "must_not_change", "why": "ordinary English"},
              {"file": "b.txt", "text": "Advertisement", "kind": "native_page_furniture"}
            ]
            """);
    }

    public void Dispose() => _dir.Dispose();

    private (int Exit, string Output) Eval(params string[] args)
    {
        var output = new StringWriter();
        int exit = InProcess.Run(EvalCommand.Create(output),
            ["eval", "-g", _dir.Combine("glossary.yaml"), "--no-builtin-glossaries", .. args]);
        return (exit, output.ToString());
    }

    [Fact]
    public void Eval_Text_PrintsRecallByKindAndTheControls()
    {
        var (exit, output) = Eval("--mt", _dir.Combine("mt"), "--clean", _dir.Combine("clean"));

        Assert.Equal(0, exit);
        Assert.Contains("mt: 2 files, 3 annotations", output);
        Assert.Matches(@"name\s+1/2\s.*high 1/2\s+medium 0/0", output);   // "Snow Tea Co" is not in the glossary
        Assert.Matches(@"term\s+1/1\s.*high 0/0\s+medium 1/1", output);
        Assert.Contains("clean: 2 files", output);
        Assert.Contains("unchanged 2/2", output);
        Assert.Contains("false edits 0 (trap 0, furniture 0, untrapped 0)", output);
        Assert.Contains("must_not_change traps surviving 1/1 (0 broken)", output);
        Assert.DoesNotContain("miss ", output);
    }

    [Fact]
    public void Eval_Verbose_ListsEachMiss()
    {
        var (_, output) = Eval("--mt", _dir.Combine("mt"), "-v");
        var miss = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("miss ", StringComparison.Ordinal));
        Assert.Contains("02.txt name/high \"Snow Tea Co\" → \"Nayuki\"", miss);
    }

    [Fact]
    public void Eval_Json_CountsFalseEditsByClass()
    {
        // A house glossary that rewrites plain English: its damage shows on the controls.
        _dir.Write("bad.yaml", """
            - canonical: Ads Inc
              type: organization
              variants: ["Advertisement"]
            - canonical: the large model
              type: term
              variants: [the model]
            """);
        var output = new StringWriter();
        InProcess.Run(EvalCommand.Create(output), "eval", "--clean", _dir.Combine("clean"), "--format", "json", "-g", _dir.Combine("bad.yaml"), "--no-builtin-glossaries");

        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("mt").ValueKind);
        var clean = json.RootElement.GetProperty("clean");
        Assert.Equal(0, clean.GetProperty("unchanged").GetInt32());
        var edits = clean.GetProperty("falseEdits");
        Assert.True(edits.GetProperty("trap").GetInt32() >= 1);
        Assert.True(edits.GetProperty("furniture").GetInt32() >= 1);
        Assert.Equal(0, clean.GetProperty("mustNotChange").GetProperty("surviving").GetInt32());
        Assert.Contains(clean.GetProperty("edits").EnumerateArray(), e => e.GetProperty("class").GetString() == "trap" && e.GetProperty("file").GetString() == "a.txt");
    }

    [Fact]
    public void Eval_BadAnnotationFile_IsAnErrorWithFileAndLine()
    {
        _dir.Write("mt/02.errors.json", "[\n  {\"wrong\": \"Snow Tea Co\", \"right\": \"Nayuki\", \"kind\": \"name\", \"confidence\": \"sure\"}\n]");
        var e = Assert.Throws<CliException>(() => Eval("--mt", _dir.Combine("mt")));
        Assert.StartsWith($"{_dir.Combine("mt/02.errors.json")}:2: confidence 'sure'", e.Message);
    }

    [Fact]
    public void Eval_ErrorsFileWithoutItsText_IsAnError()
    {
        _dir.Write("mt/03.errors.json", "[]");
        var e = Assert.Throws<CliException>(() => Eval("--mt", _dir.Combine("mt")));
        Assert.Contains("03.errors.json: no text beside it", e.Message);
    }

    [Fact]
    public void Eval_NoSet_IsAnError()
    {
        var e = Assert.Throws<CliException>(() => Eval());
        Assert.Contains("--mt DIR, --clean DIR or both", e.Message);
    }
}
