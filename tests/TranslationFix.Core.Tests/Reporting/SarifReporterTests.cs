using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TranslationFix.Core.Reporting;

namespace TranslationFix.Core.Tests.Reporting;

public sealed class SarifReporterTests
{
    private const string Article = "Intro.\n\nNaixue CTO said the big model is light years away.\n";

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    // The official schema is draft-04, which JsonSchema.Net does not implement; it uses nothing
    // draft-04-only but the top-level "id" (its $refs are all local), so it is evaluated as
    // draft-07 under a base URI of its own (the global registry refuses a second registration).
    private static JsonSchema LoadSchema()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sarif-schema-2.1.0.json")))!.AsObject();
        node.Remove("$schema");
        node.Remove("id");
        return JsonSchema.Build(JsonDocument.Parse(node.ToJsonString()).RootElement,
            new BuildOptions { Dialect = Dialect.Draft07 }, new Uri($"https://tfix.test/sarif-{Guid.NewGuid():N}.json"));
    }

    private static EvaluationResults Validate(string json) =>
        Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Sarif(params FileReport[] files) =>
        CiTestEngine.Write(new SarifReporter(CiTestEngine.Create().Pipeline.Rules), files);

    private static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void Write_Findings_ValidatesAgainstOfficialSchema()
    {
        var results = Validate(Sarif(CiTestEngine.Report(Article)));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Write_NoFiles_ValidatesAgainstOfficialSchema()
    {
        var results = Validate(Sarif());
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Write_SuppressedAndMultiLineFindings_ValidatesAgainstOfficialSchema()
    {
        const string text = "a\n<!-- tfix-disable -->\nNaixue big model\n";
        var all = CiTestEngine.Create().Pipeline.AnalyzeAll(Core.Text.Document.Create(text, Core.Text.DocumentFormat.Markdown));
        var rule = new Core.Rules.RuleDescriptor("test.multi-line", "Two lines", Core.Rules.Severity.Info, "A finding over a line break.");
        var multiLine = new Core.Findings.Finding(rule, Core.Rules.Severity.Info, new(2, 9), 1, 3, "bc\r\ndefg", "m", "x");
        Assert.Equal((2, 5), FindingEnd.Of(multiLine));
        var results = Validate(Sarif(new FileReport("a.md", [multiLine]) { Suppressed = all }, new FileReport("dir with space/b.md", [])));
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("/version", "\"2.0.0\"")]                                   // not in the enum
    [InlineData("/runs/0/results/0/level", "\"fatal\"")]                   // not a SARIF level
    [InlineData("/runs/0/results/0/locations/0/physicalLocation/region/startLine", "0")]  // minimum is 1
    [InlineData("/runs/0/tool/driver/unexpected", "1")]                    // additionalProperties: false
    public void Validate_BrokenDocument_Fails(string pointer, string value)
    {
        var root = JsonNode.Parse(Sarif(CiTestEngine.Report(Article)))!;
        var parts = pointer.Trim('/').Split('/');
        JsonNode parent = root;
        foreach (var part in parts[..^1]) parent = int.TryParse(part, out int i) ? parent[i]! : parent[part]!;
        parent[parts[^1]] = JsonNode.Parse(value);

        Assert.False(Validate(root.ToJsonString()).IsValid);
    }

    [Fact]
    public void Validate_DocumentWithoutRuns_Fails()
    {
        Assert.False(Validate("""{"version":"2.1.0"}""").IsValid);
    }

    [Fact]
    public void Write_Findings_CarryRuleCatalogueLocationsFixesAndFingerprints()
    {
        var run = JsonNode.Parse(Sarif(CiTestEngine.Report(Article)))!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(CiTestEngine.Create().Pipeline.Rules.Select(r => r.Id), rules.Select(r => r!["id"]!.GetValue<string>()));
        Assert.Contains("name.glossary", rules.Select(r => r!["id"]!.GetValue<string>()));
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule!["shortDescription"]!["text"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(rule["fullDescription"]!["text"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(rule["help"]!["text"]!.GetValue<string>()));
        }

        var results = run["results"]!.AsArray();
        Assert.Equal(3, results.Count);
        var first = results[0]!;
        Assert.Equal("name.glossary", first["ruleId"]!.GetValue<string>());
        Assert.Equal(0, first["ruleIndex"]!.GetValue<int>());
        Assert.Equal("warning", first["level"]!.GetValue<string>());
        var location = first["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("news/a.md", location["artifactLocation"]!["uri"]!.GetValue<string>());
        Assert.Equal(3, location["region"]!["startLine"]!.GetValue<int>());
        Assert.Equal(1, location["region"]!["startColumn"]!.GetValue<int>());
        Assert.Equal(7, location["region"]!["endColumn"]!.GetValue<int>());
        Assert.Equal(8, location["region"]!["charOffset"]!.GetValue<int>());
        var replacement = first["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!;
        Assert.Equal("Nayuki", replacement["insertedContent"]!["text"]!.GetValue<string>());
        Assert.Equal(6, replacement["deletedRegion"]!["charLength"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f]{16}$", first["partialFingerprints"]!["tfixFinding/v1"]!.GetValue<string>());

        var flag = results[2]!;
        Assert.Equal("light years away", flag["locations"]![0]!["physicalLocation"]!["region"]!["snippet"]!["text"]!.GetValue<string>());
        Assert.Null(flag["fixes"]);                                          // a flag proposes no fix
    }

    [Fact]
    public void Write_LinesShiftAboveFinding_PartialFingerprintsUnchanged()
    {
        static IEnumerable<string> Prints(string text) => JsonNode.Parse(Sarif(CiTestEngine.Report(text)))!["runs"]![0]!["results"]!
            .AsArray().Select(r => r!["partialFingerprints"]!["tfixFinding/v1"]!.GetValue<string>());

        Assert.Equal(Prints(Article), Prints("A new first paragraph.\n\nAnd another.\n\n" + Article));
    }

    [Fact]
    public void Write_SuppressedFinding_IsResultWithInSourceSuppression()
    {
        const string text = "<!-- tfix-disable-next-line -->\nNaixue said so.\n";
        var all = CiTestEngine.Create().Pipeline.AnalyzeAll(Core.Text.Document.Create(text, Core.Text.DocumentFormat.Markdown));
        var report = new FileReport("a.md", []) { Suppressed = all };

        var result = JsonNode.Parse(Sarif(report))!["runs"]![0]!["results"]![0]!;

        Assert.Equal("inSource", result["suppressions"]![0]!["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("news/a.md", "news/a.md")]
    [InlineData("./news/a b.md", "news/a%20b.md")]
    [InlineData("news\\a.md", "news/a.md")]
    [InlineData("-", "stdin")]
    [InlineData("/tmp/a.md", "file:///tmp/a.md")]
    public void ToUri_Path_IsUriReference(string path, string expected)
    {
        Assert.Equal(expected, SarifReporter.ToUri(path));
    }
}
