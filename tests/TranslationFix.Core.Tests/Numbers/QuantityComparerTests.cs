using TranslationFix.Core.Numbers;

namespace TranslationFix.Core.Tests.Numbers;

public sealed class QuantityComparerTests
{
    private static IReadOnlyList<QuantityMismatch> Compare(string language, string source, string target) =>
        QuantityComparer.Compare(new QuantityExtractor(language).Extract(source), new QuantityExtractor("en").Extract(target));

    // Equivalent forms are not errors, in every source language.
    [Theory]
    [InlineData("zh", "营收3000万美元", "revenue of US$30 million")]
    [InlineData("zh", "营收3000万美元", "revenue of 30 million US dollars")]
    [InlineData("zh", "人口2.1亿", "a population of 210 million")]
    [InlineData("zh", "人口2.1亿", "a population of 0.21 billion")]
    [InlineData("zh", "33.06万家门店", "330,600 stores")]
    [InlineData("zh", "33.06万家门店", "330.6 thousand stores")]
    [InlineData("zh", "同比增长50%", "up half on the year")]
    [InlineData("zh", "同比增长50%", "up 50 percent on the year")]
    [InlineData("zh", "新元500万", "S$5 million")]
    [InlineData("zh", "千千万万的中小企业", "countless small businesses")]
    [InlineData("zh", "截至6月30日，门店86家", "As of June 30, 86 stores")]
    [InlineData("zh", "一万六七千人", "16,000 to 17,000 people")]
    [InlineData("zh", "一万六七千人", "16,000-17,000 people")]
    [InlineData("zh", "五六十家", "50 or 60 companies")]
    [InlineData("ja", "売上は3000万ドル", "sales of US$30 million")]
    [InlineData("ko", "매출 3천만 달러", "sales of $30 million")]
    [InlineData("es", "30 millones de dólares", "US$30 million")]
    [InlineData("de", "2,1 Milliarden Euro", "€2.1 billion")]
    [InlineData("fr", "une hausse de 50 %", "up by half")]
    [InlineData("pt", "R$ 3 milhões", "3 million reais")]
    public void Compare_EquivalentForms_NoMismatch(string language, string source, string target)
        => Assert.Empty(Compare(language, source, target));

    [Theory]
    [InlineData("zh", "人口2.1亿", "a population of 2.1 billion", 10)]
    [InlineData("zh", "营收3000万美元", "revenue of US$3 million", 0.1)]
    [InlineData("zh", "营收3000万美元", "revenue of US$3,000", 1e-4)]
    [InlineData("zh", "33.06万家门店", "33,060 stores", 0.1)]
    [InlineData("ja", "売上は3000万ドル", "sales of US$3,000", 1e-4)]
    [InlineData("ko", "매출 3천만 달러", "sales of $3 million", 0.1)]
    [InlineData("es", "30 millones de dólares", "US$30 billion", 1000)]
    [InlineData("de", "2,1 Milliarden Euro", "2.1 million euros", 0.001)]
    public void Compare_WrongScale_MagnitudeSlip(string language, string source, string target, double factor)
    {
        var m = Assert.Single(Compare(language, source, target));
        Assert.Equal(MismatchKind.MagnitudeSlip, m.Kind);
        Assert.Equal(factor, m.Factor, 9);
    }

    [Fact]
    public void Describe_MagnitudeSlip_SaysWhatTheTargetShouldSay()
    {
        var m = Assert.Single(Compare("zh", "人口2.1亿", "a population of 2.1 billion"));
        Assert.Equal("2.1亿 → 210 million, not 2.1 billion (magnitude slip ×10)", m.Describe());
    }

    [Theory]
    [InlineData("zh", "新元500万", "5 million yuan", MismatchKind.ChangedCurrency)]
    [InlineData("es", "30 millones de euros", "US$30 million", MismatchKind.ChangedCurrency)]
    [InlineData("zh", "同比增长50%", "up 15% on the year", MismatchKind.ChangedValue)]
    [InlineData("de", "ein Anstieg um 12 Prozent", "up 21 percent", MismatchKind.ChangedValue)]
    [InlineData("zh", "全国15个城市的86家门店", "86 stores across the country", MismatchKind.Dropped)]
    [InlineData("fr", "2,5 millions d'euros de ventes et 40 magasins", "sales of €2.5 million", MismatchKind.Dropped)]
    [InlineData("zh", "5万公里", "50,000 miles", MismatchKind.ChangedUnit)]
    [InlineData("zh", "一万六七千人", "16,000 to 71,000 people", MismatchKind.Dropped)]     // the 17,000 end
    public void Compare_Differences_AreNamed(string language, string source, string target, MismatchKind kind)
        => Assert.Equal(kind, Assert.Single(Compare(language, source, target)).Kind);

    [Theory]
    [InlineData("zh", "营收3000万美元", "revenue of US$3 million", true)]   // clear currency, same currency: certain
    [InlineData("zh", "人口2.1亿", "a population of 2.1 billion", false)]   // a bare number: flag
    [InlineData("ko", "매출 3천만 달러", "sales of $3 million", false)]      // which dollar?
    public void IsCertainFix_OnlyForNamedCurrencyAmounts(string language, string source, string target, bool certain)
        => Assert.Equal(certain, QuantityComparer.IsCertainFix(Assert.Single(Compare(language, source, target))));
}
