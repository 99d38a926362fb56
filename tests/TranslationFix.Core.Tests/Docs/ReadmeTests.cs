using System.Text.RegularExpressions;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using YamlDotNet.RepresentationModel;

namespace TranslationFix.Core.Tests.Docs;

/// <summary>
/// README.md is the user documentation: every rule the tool can report is listed there (SARIF
/// help links point into it), and every YAML example in it parses.
/// </summary>
public sealed class ReadmeTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(RepoRoot(), "README.md")));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TranslationFix.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TranslationFix.sln not found above the test folder");
    }

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        var pipeline = new CheckPipelineBuilder().UseDefaults(new CompiledGlossary(new global::TranslationFix.Core.Glossary.Glossary([], []))).Build();
        foreach (var rule in pipeline.Rules) data.Add(rule.Id);
        return data;
    }

    [Fact]
    public void DefaultPipeline_HasRules() => Assert.NotEmpty(RuleIds());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Readme_ListsEveryRuleId_InBackticks(string ruleId) =>
        Assert.Contains($"`{ruleId}`", Readme.Value, StringComparison.Ordinal);

    public static TheoryData<int, string> YamlBlocks()
    {
        var data = new TheoryData<int, string>();
        string text = Readme.Value.Replace("\r\n", "\n");
        foreach (Match block in Regex.Matches(text, @"^```yaml[ \t]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            int line = text[..block.Index].Count(c => c == '\n') + 1;
            data.Add(line, block.Groups[1].Value);
        }
        return data;
    }

    [Fact]
    public void Readme_HasYamlExamples() => Assert.NotEmpty(YamlBlocks());

    [Theory]
    [MemberData(nameof(YamlBlocks))]
    public void Readme_YamlBlock_Parses(int line, string yaml)
    {
        var stream = new YamlStream();
        var error = Record.Exception(() => stream.Load(new StringReader(yaml)));
        Assert.True(error is null, $"README.md line {line}: the ```yaml block does not parse: {error?.Message}");
        Assert.NotEmpty(stream.Documents);
    }
}
