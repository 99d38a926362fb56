using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Numbers;

namespace TranslationFix.Core.Tests.Numbers;

public sealed class DateTests
{
    [Theory]
    [InlineData("zh", "截至2022年6月30日，", 2022, 6, 30)]
    [InlineData("zh", "6月30日", null, 6, 30)]
    [InlineData("ja", "2023年3月に", 2023, 3, null)]
    [InlineData("ko", "2022년 6월 30일", 2022, 6, 30)]
    [InlineData("es", "el 30 de junio de 2022", 2022, 6, 30)]
    [InlineData("fr", "le 1er juin 2022", 2022, 6, 1)]
    [InlineData("de", "am 30. Juni 2022", 2022, 6, 30)]
    [InlineData("pt", "em 30 de junho de 2022", 2022, 6, 30)]
    [InlineData("en", "As of June 30, 2022,", 2022, 6, 30)]
    [InlineData("en", "on 30 June 2022", 2022, 6, 30)]
    [InlineData("en", "in June 2022", 2022, 6, null)]
    public void Extract_Dates_InEachLanguage(string language, string text, int? year, int month, int? day)
    {
        var d = Assert.Single(DateExtractor.Extract(text, language));
        Assert.Equal((year, month, day), (d.Year, d.Month, d.Day));
    }

    [Theory]
    [InlineData("zh", "过去12个月，3000万美元")]
    [InlineData("en", "May was the highest at 61, and 5 may follow")]
    [InlineData("en", "We will march on")]
    public void Extract_NoDate_FindsNothing(string language, string text)
        => Assert.Empty(DateExtractor.Extract(text, language));

    [Theory]
    [InlineData("zh", "截至2022年6月30日", "As of June 30, 2022")]
    [InlineData("zh", "截至6月30日", "As of 30 June")]
    [InlineData("es", "el 30 de junio de 2022", "on June 30, 2022")]
    [InlineData("de", "am 30. Juni 2022", "on June 30")]
    [InlineData("zh", "截至6月30日", "As of last month")]       // relative: not a wrong date
    public void Compare_SameDate_NoMismatch(string language, string source, string target)
        => Assert.Empty(DateComparer.Compare(DateExtractor.Extract(source, language), DateExtractor.Extract(target, "en")));

    [Theory]
    [InlineData("zh", "截至2022年6月30日", "As of March 30, 2022", "2022年6月30日 → June 30, 2022, but the translation says March 30, 2022 (changed date)")]
    [InlineData("ko", "2022년 6월 30일", "on June 13, 2022", "2022년 6월 30일 → June 30, 2022, but the translation says June 13, 2022 (changed date)")]
    [InlineData("fr", "le 1er juin 2022", "on June 1, 2021", "1er juin 2022 → June 1, 2022, but the translation says June 1, 2021 (changed date)")]
    public void Compare_ChangedDate_Named(string language, string source, string target, string message)
        => Assert.Equal(message, Assert.Single(DateComparer.Compare(DateExtractor.Extract(source, language), DateExtractor.Extract(target, "en"))).Describe());

    [Fact]
    public void Analyze_ChangedEuropeanDate_OneFindingNotAlsoADroppedDay()
    {
        var f = Assert.Single(NumberTestEngine.Findings("On June 3, 2022 the firm had 86 branches.", "number.source-mismatch",
            new SourceText("Am 30. Juni 2022 hatte die Firma 86 Filialen.", "de")));
        Assert.Contains("changed date", f.Message);
    }

    [Fact]
    public void Analyze_ChangedDate_FlaggedByCheck()
    {
        var f = Assert.Single(NumberTestEngine.Findings("As of March 30, the company had 86 stores.", "number.source-mismatch",
            new SourceText("截至6月30日，公司共有86家门店。", "zh")));
        Assert.Equal("March 30", f.Text);
        Assert.Null(f.Replacement);
    }
}
