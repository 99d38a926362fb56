using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks.Glossary;
using TranslationFix.Core.Checks.Names;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Names;

/// <summary>name.inconsistent: one entity named by its known form and by a plain-English literal rendering.</summary>
public sealed class NameInconsistencyCheckTests
{
    // 理想汽车 has no context, so its plain-English renderings ("Ideal Car") are withheld from the variants.
    private const string Yaml = """
        - canonical: Li Auto
          source: 理想汽车
          type: organization
          variants: [Lixiang Auto]
        """;

    private static readonly Lazy<CheckPipeline> Pipeline = new(() =>
        new CheckPipelineBuilder().UseGlossary(new CompiledGlossary(GlossaryLoader.Parse(Yaml, "test.yaml"))).Build());

    private static List<Findings.Finding> Inconsistencies(Document document) =>
        [.. Pipeline.Value.Analyze(document).Where(f => f.Rule == NameInconsistencyCheck.Rule)];

    [Fact]
    public void Analyze_LiteralRenderingBesideTheCanonicalForm_FlagsBothSpellings()
    {
        var findings = Inconsistencies(Document.Create("Li Auto delivered 50,000 cars. Ideal Car said demand was strong."));
        var finding = Assert.Single(findings);
        Assert.Equal("Ideal Car", finding.Text);
        Assert.Null(finding.Replacement);
        Assert.Contains("'Li Auto'", finding.Message);
        Assert.Contains("理想汽车", finding.Message);
    }

    [Fact]
    public void Analyze_LiteralRenderingBesideAListedVariant_Flags()
        => Assert.Single(Inconsistencies(Document.Create("Lixiang Auto grew. Ideal Auto plans a new model.")));

    [Theory]
    [InlineData("Ideal Car said demand was strong.")]                       // nothing else names Li Auto
    [InlineData("Li Auto grew. Ideal car buyers want range.")]             // not written as a name
    [InlineData("Li Auto grew. The ideal car for a family has range.")]    // plain English
    public void Analyze_WithoutASecondSpellingOrNotAName_IsSilent(string text)
        => Assert.Empty(Inconsistencies(Document.Create(text)));

    [Fact]
    public void Analyze_SourceNamesTheEntity_Flags()
    {
        var document = Document.Create("Ideal Car said demand was strong.").WithSource(new SourceText("理想汽车表示需求强劲。", "zh"));
        Assert.Contains("source", Assert.Single(Inconsistencies(document)).Message);
    }

    [Fact]
    public void DefaultPipeline_ListsTheRule()
        => Assert.Contains(new CheckPipelineBuilder().UseDefaults(new CompiledGlossary(global::TranslationFix.Core.Glossary.Glossary.Empty)).Build().Rules,
            r => r.Id == "name.inconsistent");
}
