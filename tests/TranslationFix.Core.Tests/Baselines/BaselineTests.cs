using TranslationFix.Core.Baselines;
using TranslationFix.Core.Tests.Reporting;

namespace TranslationFix.Core.Tests.Baselines;

public sealed class BaselineTests
{
    private const string Article =
        "Intro.\n\nNaixue CTO said on Monday that the big model is, as he put it, light years away from here.\n\n" +
        "Later that week, the big model was shown again to the press.\n";

    private static Baseline RoundTrip(string text)
    {
        var baseline = Baseline.Empty;
        baseline.Add("news/a.md", text, CiTestEngine.Clean(text).Findings);
        return Baseline.Parse(baseline.ToJson(), "tfix-baseline.json");
    }

    private static int NewCount(Baseline baseline, string text, string key = "news/a.md") =>
        baseline.NewFindings(key, text, CiTestEngine.Clean(text).Findings).Count;

    [Fact]
    public void NewFindings_SameText_None()
    {
        Assert.Equal(0, NewCount(RoundTrip(Article), Article));
    }

    [Theory]
    [InlineData("A new paragraph above everything.\n\n")]
    [InlineData("Naixue appears in a new first line that has its own finding.\n\n")]
    public void NewFindings_LinesAddedAbove_OnlyTheAddedFindingsAreNew(string prefix)
    {
        var baseline = RoundTrip(Article);
        int added = CiTestEngine.Clean(prefix).Findings.Count;
        Assert.Equal(added, NewCount(baseline, prefix + Article));
    }

    [Fact]
    public void NewFindings_EditElsewhereInSameLongLine_StillKnown()
    {
        var baseline = RoundTrip(Article);
        string edited = Article.Replace("Intro.", "Intro, rewritten.").Replace("to the press.", "to reporters in Beijing, who had waited.");
        Assert.Equal(0, NewCount(baseline, edited));
    }

    [Fact]
    public void NewFindings_AnotherIdenticalFinding_IsNew()
    {
        var baseline = RoundTrip(Article);
        string more = Article + "\nLater that week, the big model was shown again to the press.\n";
        Assert.Equal(1, NewCount(baseline, more));
    }

    [Fact]
    public void NewFindings_OtherFile_AllNew()
    {
        var baseline = RoundTrip(Article);
        Assert.Equal(CiTestEngine.Clean(Article).Findings.Count, NewCount(baseline, Article, "news/b.md"));
    }

    [Fact]
    public void NewFindings_FindingFixedInText_NothingNewAndNoError()
    {
        var baseline = RoundTrip(Article);
        Assert.Equal(0, NewCount(baseline, Article.Replace("the big model is", "the large model is")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"version":2,"files":{}}""")]
    [InlineData("""{"version":1,"files":{"a.md":[{"ruleId":"x"}]}}""")]
    public void Parse_Malformed_ThrowsNamingFile(string json)
    {
        var e = Assert.Throws<BaselineFormatException>(() => Baseline.Parse(json, "base.json"));
        Assert.Matches(@"^base\.json(:\d+)?: ", e.Message);
    }

    [Fact]
    public void ToJson_RecordsFingerprintRuleTextAndLine()
    {
        var baseline = Baseline.Empty;
        baseline.Add("news/a.md", Article, CiTestEngine.Clean(Article).Findings);
        string json = baseline.ToJson();
        Assert.Contains("\"news/a.md\"", json);
        Assert.Contains("\"ruleId\": \"name.glossary\"", json);
        Assert.Contains("\"text\": \"Naixue\"", json);
        Assert.Contains("\"line\": 3", json);
        Assert.Equal(4, baseline.Count);
    }
}
