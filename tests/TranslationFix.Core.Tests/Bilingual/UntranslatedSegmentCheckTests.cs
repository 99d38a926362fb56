using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks.Source;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Bilingual;

public sealed class UntranslatedSegmentCheckTests
{
    private static readonly CheckPipeline Pipeline = new CheckPipelineBuilder().UseSourceChecks().Build();

    private static IReadOnlyList<Core.Findings.Finding> Findings(string source, string target, string? language = "zh") =>
        [.. new Fixer(Pipeline).Fix(Document.Create(target).WithSource(new SourceText(source, language))).Findings.Where(f => f.RuleId == "mt.untranslated")];

    private const string Source = "市政府昨天宣布，明年将在老城区新建三座公园和两条自行车道，以改善居民的出行环境。";

    [Fact]
    public void TargetEqualToSource_FlaggedOnTheSegment()
    {
        var f = Assert.Single(Findings("会议推迟到下周举行。\n\n天气晴。", "The meeting was postponed to next week.\n\n天气晴。"));
        Assert.Equal("天气晴。", f.Text);
        Assert.Contains("untranslated", f.Message);
    }

    [Fact]
    public void DroppedClause_FlaggedAsTruncated()
        => Assert.Contains("shorter", Assert.Single(Findings(Source, "The city announced new parks.")).Message);

    [Fact]
    public void FullTranslation_NoFinding()
        => Assert.Empty(Findings(Source, "The city government announced yesterday that three parks and two bicycle lanes will be built in the old town next year to make getting around easier for residents."));

    [Fact]
    public void ShortSource_NotJudgedByLength() => Assert.Empty(Findings("好的。", "OK."));

    [Fact]
    public void AlphabeticSource_ThirdOfTheLength()
        => Assert.Single(Findings("La ciudad anunció ayer que el año próximo construirá tres parques nuevos y dos carriles para bicicletas.", "The city announced parks.", "es"));
}
