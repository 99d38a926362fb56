using TranslationFix.Core.Numbers;

namespace TranslationFix.Core.Tests.Numbers;

public sealed class QuantityExtractorTests
{
    [Theory]
    [InlineData("zh", "营收3000万美元", QuantityKind.Currency, 30_000_000, "USD")]
    [InlineData("zh", "人口2.1亿", QuantityKind.Number, 210_000_000, null)]
    [InlineData("zh", "33.06万家门店", QuantityKind.Number, 330_600, null)]
    [InlineData("zh", "一万一千人", QuantityKind.Number, 11_000, null)]          // holds 万一, but is a number
    [InlineData("zh", "新元500万", QuantityKind.Currency, 5_000_000, "SGD")]     // currency name before the amount
    [InlineData("zh", "同比增长50%", QuantityKind.Percentage, 50, "%")]
    [InlineData("zh", "5万公里", QuantityKind.Dimension, 50_000, "Kilometer")]
    [InlineData("ja", "3000万ドル", QuantityKind.Currency, 30_000_000, "USD")]
    [InlineData("ja", "2.1億人", QuantityKind.Number, 210_000_000, null)]
    [InlineData("ko", "3천만 달러", QuantityKind.Currency, 30_000_000, "Dollar")]
    [InlineData("es", "30 millones de dólares", QuantityKind.Currency, 30_000_000, "Dólar")]
    [InlineData("de", "2,1 Milliarden Euro", QuantityKind.Currency, 2_100_000_000, "EUR")]
    [InlineData("fr", "2,5 millions d'euros", QuantityKind.Currency, 2_500_000, "EUR")]
    [InlineData("pt", "R$ 3 milhões", QuantityKind.Currency, 3_000_000, "BRL")]
    [InlineData("en", "330.6 thousand stores", QuantityKind.Number, 330_600, null)]
    [InlineData("en", "700,000 US dollars", QuantityKind.Currency, 700_000, "USD")]
    public void Extract_OneQuantity_NormalisesValueAndUnit(string language, string text, QuantityKind kind, double value, string? unit)
    {
        var q = Assert.Single(new QuantityExtractor(language).Extract(text));
        Assert.Equal(kind, q.Kind);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length));
    }

    [Theory]
    [InlineData("zh", "千千万万的中小企业仍在观望")]
    [InlineData("zh", "后宫三千佳丽")]
    [InlineData("zh", "他一五一十地说了")]
    [InlineData("zh", "我们一起去了公司，第一次见面，两个月，几十家")]
    [InlineData("zh", "截至6月30日")]
    [InlineData("ja", "一石二鳥の作戦")]
    [InlineData("en", "Artificial intelligence has always been a hot topic")]
    public void Extract_IdiomsAndWords_FindNothing(string language, string text)
        => Assert.Empty(new QuantityExtractor(language).Extract(text));

    [Fact]
    public void Extract_SeveralSentences_SpansPointIntoWholeText()
    {
        const string text = "No numbers here. Revenue was US$3 million. Then 50% more.";
        var found = new QuantityExtractor("en").Extract(text);
        Assert.Equal(["US$3 million", "50%"], found.Select(q => text.Substring(q.Span.Start, q.Span.Length)));
        Assert.Equal("3 million", text.Substring(found[0].NumberSpan.Start, found[0].NumberSpan.Length));
    }

    [Theory]
    [InlineData("The company was founded by Peng Xin.", "en", false)]
    [InlineData("It grew 5%.", "en", true)]
    [InlineData("It grew by half.", "en", true)]
    [InlineData("公司成立于深圳", "zh", false)]
    [InlineData("公司有三千名员工", "zh", true)]
    [InlineData("他们一起去了一家二手店", "zh", false)]
    [InlineData("增长了一半", "zh", true)]
    [InlineData("二〇二三年", "zh", true)]
    [InlineData("회사는 서울에 있다", "ko", false)]
    public void MayHoldQuantity_Prefilter_LetsOnlyNumberSentencesThrough(string text, string language, bool expected)
        => Assert.Equal(expected, NumberPrefilter.MayHoldQuantity(text, language));

    [Theory]
    [InlineData("营收3000万美元", "zh")]
    [InlineData("売上は3000万ドル", "ja")]
    [InlineData("매출 3천만 달러", "ko")]
    [InlineData("El beneficio de la empresa fue de 30 millones de dólares y los ingresos crecieron", "es")]
    [InlineData("Le chiffre d'affaires de la société est de 2,5 millions et les bénéfices", "fr")]
    [InlineData("Der Umsatz der Firma ist mit 2,1 Milliarden und die Kosten", "de")]
    [InlineData("The revenue of the company is US$30 million", "en")]
    public void Detect_ScriptAndFunctionWords_GiveLanguage(string text, string expected)
        => Assert.Equal(expected, NumberLanguage.Detect(text));
}
