using TranslationFix.Core.Bilingual;

namespace TranslationFix.Core.Tests.Numbers;

/// <summary>What a correct translation of a Chinese quantity may look like, and what it may not.</summary>
public sealed class SourceNumberV2Tests
{
    private const string Rule = "number.source-mismatch";

    private static IReadOnlyList<Core.Findings.Finding> Findings(string source, string target) =>
        NumberTestEngine.Findings(target, Rule, new SourceText(source, "zh"));

    [Theory]
    [InlineData("项目预计投资400万至600万元。", "The project is expected to cost 4 to 6 million yuan.")]
    [InlineData("市场规模约13亿至16亿美元。", "The market is worth about US$1.3–1.6 billion.")]
    [InlineData("年收入1000亿到2000亿美元。", "Annual revenue is USD 100bn-200bn.")]
    [InlineData("全年营收3184.27万元。", "Annual revenue was 31.84 million yuan.")]
    [InlineData("他在这家工厂工作了近5年。", "He has worked at the factory for nearly five years.")]
    [InlineData("该镇共有3所中学。", "The town has three middle schools.")]
    [InlineData("数百万用户受到影响。", "Millions of users were affected.")]
    [InlineData("他们十分期待这场比赛。", "They are very much looking forward to the match.")]
    [InlineData("一块石碑立在门口。", "A stone tablet stands at the gate.")]
    [InlineData("雨季通常在4至9月。", "The rainy season usually lasts from April to September.")]
    [InlineData("20世纪80年代，这里还是一片农田。", "In the 1980s, this was still farmland.")]
    [InlineData("党的二十大将于明年召开。", "The 20th National Congress will be held next year.")]
    [InlineData("他于 2019 年年中加入公司。", "He joined the company in mid-2019.")]
    [InlineData("参加“蓝天-2023”联合演习。", "They took part in the \"Blue Sky - 2023\" joint exercise.")]
    [InlineData("新款GPT-4o模型发布。", "The new GPT-4o model was released.")]
    [InlineData("贵州茅台（600519.SH）股价上涨。", "Kweichow Moutai (600519.SH) shares rose.")]
    [InlineData("2023.5.18部分门店开业。", "Some stores opened on May 18, 2023.")]
    [InlineData("新华社北京３月１５日电 会议召开。", "BEIJING, March 15 (Xinhua) -- The meeting was held.")]
    [InlineData("该公司今（11）日宣布。", "The company announced on the 11th.")]
    [InlineData("今年销量增长。", "Sales grew in 2024.")]
    [InlineData("罚款6万元，6万元不是小数目。", "The fine was 60,000 yuan, no small sum.")]
    [InlineData("甲公司、乙公司等5家企业参展。", "Five companies including A and B took part.")]
    [InlineData("过了几天，他回来了。", "A few days later, he came back.")]
    public void Analyze_FaithfulTranslation_NoFinding(string source, string target) => Assert.Empty(Findings(source, target));

    [Theory]
    [InlineData("项目预计投资400万至600万元。", "The project is expected to cost 400 to 6 million yuan.", "400万")]
    [InlineData("门票13元。", "Tickets cost $13.", "CNY")]
    [InlineData("价格在2000-3000元之间。", "The price is between $2000-3000.", "CNY")]
    [InlineData("去年销量增长。", "Sales grew.", "去年 (last year)")]
    [InlineData("新华社杭州12日电 会议召开。", "HANGZHOU (Xinhua) -- The meeting was held.", "the 12th")]
    [InlineData("会议于2022年1月17日举行。", "The meeting was held.", "January 17, 2022")]
    [InlineData("双十二当天销量大增。", "Sales soared on the 12th of February.", "December 12")]
    [InlineData("甲公司、乙公司等5家企业参展。", "A, B and 5 other companies took part.", "adding them to the count")]
    [InlineData("过了几天，他回来了。", "Later, he came back.", "几天 (a few days)")]
    public void Analyze_LostQuantity_FlaggedWithWhatTheSourceSays(string source, string target, string expected)
    {
        var findings = Findings(source, target);
        Assert.Contains(findings, f => f.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Fix_RangeEndWithoutItsMagnitude_TakesTheOtherEnds()
        => Assert.Equal("It will cost 2 million to 8 million yuan.",
            NumberTestEngine.Corrected("It will cost 200 to 8 million yuan.", new SourceText("预计投资200万至800万元。", "zh")));

    [Fact]
    public void Analyze_YuanAsDollars_IsAFlag()
    {
        var f = Assert.Single(Findings("门票13元。", "Tickets cost $13."));
        Assert.Null(f.Replacement);
    }

    [Fact]
    public void Analyze_DayUnderADateline_TakesTheDatelinesMonth()
    {
        var source = new SourceText("新华社上海12月12日电 展会开幕。\n\n首批展商已于11日入场。", "zh");
        var f = Assert.Single(NumberTestEngine.Findings("SHANGHAI, Dec. 12 (Xinhua) -- The fair opened.\n\nThe first exhibitors moved in on November 11.", Rule, source));
        Assert.Equal("November 11", f.Text);
        Assert.Contains("December 11", f.Message);
        Assert.Empty(NumberTestEngine.Findings("SHANGHAI, Dec. 12 (Xinhua) -- The fair opened.\n\nThe first exhibitors moved in on December 11.", Rule, source));
    }

    [Fact]
    public void Analyze_RoundedTooFar_Flagged()
        => Assert.NotEmpty(Findings("全年营收3184.27万元。", "Annual revenue was 33 million yuan."));
}
