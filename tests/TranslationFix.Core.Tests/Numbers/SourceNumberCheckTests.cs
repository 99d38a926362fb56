using TranslationFix.Core.Bilingual;

namespace TranslationFix.Core.Tests.Numbers;

public sealed class SourceNumberCheckTests
{
    private const string Rule = "number.source-mismatch";

    [Fact]
    public void Fix_MagnitudeSlipOnCurrency_RestoresSourceScale()
    {
        var source = new SourceText("公司完成了3000万美元的B轮融资。", "zh");
        Assert.Equal("The company raised US$30 million in Series B.", NumberTestEngine.Corrected("The company raised US$3 million in Series B.", source));
    }

    [Fact]
    public void Fix_SourceMismatch_IsIdempotent()
    {
        var source = new SourceText("公司完成了3000万美元的B轮融资。\n\n门店共86家。", "zh");
        string once = NumberTestEngine.Corrected("The company raised US$3 million.\n\nIt has 86 stores.", source);
        Assert.Equal(once, NumberTestEngine.Corrected(once, source));
    }

    [Theory]
    [InlineData("人口2.1亿。", "zh", "The population is 2.1 billion.", "2.1 billion")]                    // flag: no currency
    [InlineData("El beneficio fue de 30 millones de euros.", "es", "The profit was US$30 million.", "US$30 million")]
    [InlineData("Der Umsatz stieg um 12 Prozent.", "de", "Sales rose 21 percent.", "21 percent")]
    public void Analyze_Mismatch_FlaggedOnTargetExpression(string sourceText, string language, string target, string flagged)
    {
        var f = Assert.Single(NumberTestEngine.Findings(target, Rule, new SourceText(sourceText, language)));
        Assert.Equal(flagged, f.Text);
        Assert.Null(f.Replacement);
    }

    [Fact]
    public void Analyze_DroppedFigure_FlagsSegment()
    {
        var f = Assert.Single(NumberTestEngine.Findings("It has 86 stores across the country.", Rule, new SourceText("全国15个城市共有86家门店。", "zh")));
        Assert.Contains("15", f.Message);
        Assert.Contains("missing", f.Message);
    }

    [Theory]
    [InlineData("营收3000万美元。", "Revenue was US$30 million.")]
    [InlineData("売上は3000万ドル。", "Sales were US$30 million.")]
    [InlineData("매출 3천만 달러.", "Sales were $30 million.")]
    [InlineData("Las ventas crecieron un 50 %.", "Sales grew by half.")]
    public void Analyze_EquivalentTranslation_NoFinding(string sourceText, string target)
        => Assert.Empty(NumberTestEngine.Findings(target, Rule, new SourceText(sourceText)));   // language detected

    [Fact]
    public void Analyze_LineAlignment_PairsLines()
    {
        var source = new SourceText("营收3000万美元\n门店86家", "zh", AlignmentMode.Lines);
        var f = Assert.Single(NumberTestEngine.Findings("Revenue was US$30 million\nIt has 68 stores", Rule, source));
        Assert.Equal(2, f.Line);
    }

    [Fact]
    public void Analyze_ParagraphCountsDiffer_WarnsOnce()
    {
        var source = new SourceText("营收3000万美元。\n\n门店86家。", "zh");
        var f = Assert.Single(NumberTestEngine.Findings("Revenue was US$30 million.", "number.source-alignment", source));
        Assert.Contains("2 paragraphs", f.Message);
    }

    [Fact]
    public void Analyze_NoSource_NothingToCompare()
        => Assert.Empty(NumberTestEngine.Findings("Revenue was US$3 million.", Rule));
}
