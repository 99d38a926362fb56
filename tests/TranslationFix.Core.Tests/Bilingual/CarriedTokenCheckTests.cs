using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks.Source;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Bilingual;

public sealed class CarriedTokenCheckTests
{
    private static readonly CheckPipeline Pipeline = new CheckPipelineBuilder().UseSourceChecks().Build();

    private static IReadOnlyList<Core.Findings.Finding> Findings(string source, string target) =>
        [.. new Fixer(Pipeline).Fix(Document.Create(target).WithSource(source is null ? null : new SourceText(source, "zh"))).Findings
            .Where(f => f.RuleId == "token.source-mismatch")];

    [Fact]
    public void LookAlike_IsFlaggedWithTheSourceForm()
    {
        var f = Assert.Single(Findings("公司发布了GPT-4o模型。", "The company released the GPT-40 model."));
        Assert.Equal("GPT-40", f.Text);
        Assert.Contains("GPT-4o", f.Message);
        Assert.Null(f.Replacement);
    }

    [Theory]
    [InlineData("详见 https://example.org/report 。", "See the report.", "https://example.org/report")]
    [InlineData("联系 press@example.com 获取资料。", "Contact us for materials.", "press@example.com")]
    [InlineData("股票代码600519.SH。", "The stock code is 600519.", "600519.SH")]
    [InlineData("升级到v2.3.1版本。", "Upgrade to the new version.", "v2.3.1")]
    [InlineData("关注@openlab了解更多。", "Follow us to learn more.", "@openlab")]
    public void LostToken_IsFlagged(string source, string target, string token)
        => Assert.Contains(token, Assert.Single(Findings(source, target)).Message);

    [Theory]
    [InlineData("公司发布了GPT-4o模型。", "The company released the GPT-4o model.")]
    [InlineData("第Q3季度营收增长。", "Revenue grew in the third quarter.")]   // Q3 may be spelled out
    [InlineData("价格为RM50。", "The price is 50 ringgit.")]                 // an amount, not a name
    [InlineData("全程5km。", "The course is 5 kilometres.")]                // a number with a unit
    public void CarriedOrTranslatable_NoFinding(string source, string target) => Assert.Empty(Findings(source, target));

    [Fact]
    public void WithoutSource_NothingToCompare() => Assert.Empty(Findings(null!, "The company released the GPT-40 model."));

    [Fact]
    public void TokenDigits_AreNoQuantity()
        => Assert.Empty(TranslationFix.Core.Tests.Numbers.NumberTestEngine.Findings("The company released the GPT-4o model.", "number.source-mismatch", new SourceText("公司发布了GPT-4o模型。", "zh")));
}
