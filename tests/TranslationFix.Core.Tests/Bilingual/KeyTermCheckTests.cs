using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks.Source;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Bilingual;

public sealed class KeyTermCheckTests
{
    private const string Rule = "glossary.source-mismatch";

    private static readonly CheckPipeline Pipeline = new CheckPipelineBuilder().UseSourceChecks(new CompiledGlossary(GlossaryLoader.Parse("""
        - canonical: ByteDance
          source: 字节跳动
          type: organization
          variants: ["Byte", "Byte Jump"]
        - canonical: Morningside Lab
          source: 晨边实验室
          type: organization
          variants: ["Chenbian Laboratory"]
        - canonical: large model
          source: 大模型
          type: term
          variants: ["large-scale model"]
        """, "test.yaml", "zh-en"))).Build();

    private static Result Fix(string source, string target) => new Fixer(Pipeline).Fix(Document.Create(target).WithSource(new SourceText(source, "zh")));

    [Fact]
    public void KnownVariant_FixedWhenTheSourceNamesTheEntry()
        => Assert.Equal("ByteDance launched a new app.", Fix("字节跳动推出了一款新应用。", "Byte launched a new app.").Corrected.Text);

    [Fact]
    public void KnownVariant_LeftAloneWithoutTheSourceForm()
    {
        var result = Fix("这家公司推出了一款新应用。", "Byte launched a new app.");
        Assert.Equal("Byte launched a new app.", result.Corrected.Text);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Rule);
    }

    [Fact]
    public void TermVariant_FixedInTheCaseOfTheText()
        => Assert.Equal("Large model makers are hiring.", Fix("大模型公司正在招人。", "Large-scale model makers are hiring.").Corrected.Text);

    [Fact]
    public void MissingName_FlaggedWithTheExpectedForm()
    {
        var f = Assert.Single(Fix("晨边实验室发布了报告。", "The institute released a report.").Findings, f => f.RuleId == Rule);
        Assert.Contains("'Morningside Lab'", f.Message);
        Assert.Null(f.Replacement);
    }

    [Theory]
    [InlineData("晨边实验室发布了报告。", "Morningside Lab released a report.")]
    [InlineData("晨边实验室发布了报告。", "Morningside released a report.")]   // a name shortened to its distinctive word
    [InlineData("大模型公司正在招人。", "AI model makers are hiring.")]        // a term may be paraphrased
    public void CanonicalOrFairRendering_NoFinding(string source, string target)
        => Assert.DoesNotContain(Fix(source, target).Findings, f => f.RuleId == Rule);

    [Fact]
    public void Scanner_LongestSourceFormWins()
    {
        var scanner = new SourceTermScanner([new GlossaryEntry { Canonical = "Byte", Source = "字节" }, new GlossaryEntry { Canonical = "ByteDance", Source = "字节跳动" }]);
        Assert.Equal(["ByteDance"], scanner.Find("字节跳动发布").Select(f => f.Entry.Canonical));
    }
}
