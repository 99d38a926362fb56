namespace TranslationFix.Core.Tests.Support;

/// <summary>A small glossary that exercises every feature: variants, derivation, flags, context, rules.</summary>
public static class Glossaries
{
    public const string Sample = """
        - canonical: Nayuki
          source: 奈雪的茶
          type: organization
          variants: ["Naixue's tea", "Nayuki's Tea"]
        - canonical: Kai-Fu Lee
          source: 李开复
          type: person
        - canonical: Sam Altman
          source: 山姆·奥特曼
          type: person
          variants: [Sam O Terman, Sam Oltman]
        - canonical: Wang Huiwen
          source: 王慧文
          type: person
        - canonical: ByteDance
          source: 字节跳动
          type: organization
          variants: [Byte]
          context: [Baidu, Alibaba, SenseTime]
        - canonical: Light Years Beyond
          source: 光年之外
          type: organization
          variants: [light years away]
          action: flag
          context: [Wang Huiwen, valuation]
        - canonical: large model
          source: 大模型
          type: term
          derive: false
          variants: [big model]
        - canonical: large models
          source: 大模型
          type: term
          derive: false
          variants: [big models]
        - pattern: '\blarge-scale (startups?|entrepreneurship)\b'
          replace: 'large-model $1'
          ignore_case: true
          message: 大模型创业 is large-model entrepreneurship
        """;
}
