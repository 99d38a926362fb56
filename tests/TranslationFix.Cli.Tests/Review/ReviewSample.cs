using System.Text;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Review;

/// <summary>A short article of our own (UTF-8 with BOM, CRLF) with five proposed changes and one flag, and its glossary.</summary>
internal static class ReviewSample
{
    public const string Glossary = """
        - canonical: Nayuki
          source: 奈雪的茶
          type: organization
          variants: ["Naixue's tea"]
        - canonical: Alibaba
          source: 阿里巴巴
          type: organization
          variants: ["Ali Baba"]
        - canonical: large models
          type: term
          variants: [big models]
        - canonical: Light Years Beyond
          variants: ["light years away"]
          action: flag
        """;

    public const string Article =
        "Naixue's tea CTO He Gang has resigned..  The company said it would focus on big models.\r\n\r\n" +
        "Ali Baba Group said revenue rose. We Are confident, a spokesman said of the light years away deal.\r\n";

    public const string Source = "奈雪的茶首席技术官何刚已辞职。公司表示将专注于大模型。\r\n\r\n阿里巴巴集团表示收入增长。一位发言人谈到光年之外的交易时说：我们有信心。\r\n";

    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static byte[] Bytes(string text) => [.. Bom, .. Encoding.UTF8.GetBytes(text)];

    /// <summary>Writes the article and glossary; returns the article's path and the options that use only this glossary.</summary>
    public static (string Path, string[] Options) Write(TempFolder folder)
    {
        string glossary = folder.Write("review-glossary.yaml", Glossary);
        string path = folder.WriteBytes("article.txt", Bytes(Article));
        return (path, ["--no-builtin-glossaries", "-g", glossary]);
    }
}
