using System.Text.RegularExpressions;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace TranslationFix.Core.Tests.Docs;

/// <summary>
/// The user guide (README.md and docs/) stays in step with the program: docs/rules.md lists
/// every rule the tool can report (SARIF help links point into it) and no rule it cannot, and
/// every YAML example parses.
/// </summary>
public sealed class DocsTests
{
    private static readonly Lazy<string> Rules = new(() => File.ReadAllText(Path.Combine(TestEngine.RepoRoot, "docs", "rules.md")));

    private static IReadOnlyList<string> PipelineRuleIds() =>
        [.. new CheckPipelineBuilder().UseDefaults(new CompiledGlossary(new global::TranslationFix.Core.Glossary.Glossary([], []))).Build().Rules.Select(r => r.Id)];

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in PipelineRuleIds()) data.Add(id);
        return data;
    }

    [Fact]
    public void DefaultPipeline_HasRules() => Assert.NotEmpty(RuleIds());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulesPage_ListsEveryRuleId_InBackticks(string ruleId) =>
        Assert.Contains($"`{ruleId}`", Rules.Value, StringComparison.Ordinal);

    // Rule ids reported outside the check pipeline: the translator's retranslation, the fix loop's guard.
    private static readonly string[] OutsidePipeline = ["translation.untranslated", FixedPointGuard.NoFixedPointRule.Id];

    [Fact]
    public void RulesPage_TableRows_NameOnlyRulesThatExist()
    {
        var known = PipelineRuleIds().Concat(OutsidePipeline).ToHashSet(StringComparer.Ordinal);
        var listed = Regex.Matches(Rules.Value, @"^\|\s*(?:<a id=""[^""]*""></a>)?`([a-z]+\.[a-z0-9.-]+)`", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(listed);
        Assert.DoesNotContain(listed, id => !known.Contains(id));
    }

    public static TheoryData<string, int, string> YamlBlocks()
    {
        var data = new TheoryData<string, int, string>();
        string root = TestEngine.RepoRoot;
        var pages = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));
        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(page).Replace("\r\n", "\n");
            foreach (Match block in Regex.Matches(text, @"^```yaml[ \t]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                int line = text[..block.Index].Count(c => c == '\n') + 1;
                data.Add(Path.GetRelativePath(root, page), line, block.Groups[1].Value);
            }
        }
        return data;
    }

    [Fact]
    public void Docs_HaveYamlExamples() => Assert.NotEmpty(YamlBlocks());

    [Theory]
    [MemberData(nameof(YamlBlocks))]
    public void Docs_YamlBlock_Parses(string page, int line, string yaml)
    {
        var stream = new YamlStream();
        var error = Record.Exception(() => stream.Load(new StringReader(yaml)));
        Assert.True(error is null, $"{page} line {line}: the ```yaml block does not parse: {error?.Message}");
        Assert.NotEmpty(stream.Documents);
    }

    [Fact]
    public void Readme_FitsOnAFewScreens()
    {
        int lines = File.ReadAllLines(Path.Combine(TestEngine.RepoRoot, "README.md")).Length;
        Assert.True(lines <= 400, $"README.md has {lines} lines; the guide belongs in docs/");
    }

    [Fact]
    public void Docs_LocalLinks_PointAtFilesThatExist()
    {
        string root = TestEngine.RepoRoot;
        var broken = new List<string>();
        var pages = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));
        foreach (var page in pages)
        {
            foreach (Match link in Regex.Matches(File.ReadAllText(page), @"\]\(([^)#\s]+)(#[^)]*)?\)"))
            {
                string target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                string full = Path.GetFullPath(target, Path.GetDirectoryName(page)!);
                if (!File.Exists(full) && !Directory.Exists(full)) broken.Add($"{Path.GetRelativePath(root, page)}: {target}");
            }
        }
        Assert.Empty(broken);
    }
}
