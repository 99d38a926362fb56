using System.Text;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Derivation;
using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Glossary.Derivation;

/// <summary>
/// Approval test: the literal variants derived for a fixed sample of entries (written here, not read
/// from the shipped files, so glossary edits elsewhere do not move it) are those in
/// literal-variants-sample.expected.txt. A deliberate change: review the .received.txt and rename it.
/// </summary>
public sealed class LiteralVariantSampleTests
{
    private static readonly (string Canonical, string Source, string Type, bool Context)[] Sample =
    [
        ("CATL", "宁德时代", "organization", false),
        ("Nayuki", "奈雪的茶", "organization", false),
        ("SenseTime", "商汤科技", "organization", false),
        ("Li Auto", "理想汽车", "organization", true),
        ("Pinduoduo", "拼多多", "product", true),
        ("ByteDance", "字节跳动", "organization", true),
        ("Three Squirrels", "三只松鼠", "organization", true),
        ("Xiaomi", "小米集团", "organization", false),
        ("Alibaba Cloud", "阿里云", "organization", false),
        ("The Paper", "澎湃新闻", "publication", false),
        ("People's Daily", "人民日报", "publication", true),
        ("Synced", "机器之心", "publication", true),
        ("Light Years Beyond", "光年之外", "organization", true),
        ("Pony.ai", "小马智行", "organization", false),
        ("Zhipu AI", "智谱AI", "organization", true),
        ("China Merchants Bank", "招商银行", "organization", false),
        ("CITIC Securities", "中信证券", "organization", false),
        ("Hillhouse Capital", "高瓴资本", "investor", false),
        ("Ant Group", "蚂蚁集团", "organization", true),
        ("Singles' Day", "双十一", "event", true),
        ("Genshin Impact", "原神", "product", true),
        ("Moonshot AI", "月之暗面", "organization", true),
    ];

    [Fact]
    public void Derive_FixedSample_MatchesTheApprovedList()
    {
        var text = new StringBuilder();
        foreach (var (canonical, source, type, context) in Sample)
        {
            var entry = new GlossaryEntry { Canonical = canonical, Source = source, Type = type == "investor" ? "organization" : type, Context = context ? ["context"] : [] };
            foreach (var v in LiteralVariants.Compute(entry, CedictDictionary.Instance))
                text.Append($"{source}\t{canonical}\t{v.Text}\t{v.How}\t{(v.IsOrdinaryEnglish ? "ordinary" : "distinctive")}\t{(LiteralVariants.IsUsable(entry, v) ? "variant" : "withheld")}\n");
        }
        CorpusApproval.Verify(Path.Combine(TestEngine.RepoRoot, "tests/TranslationFix.Core.Tests/Glossary/Derivation/literal-variants-sample.txt"), text.ToString());
    }
}
