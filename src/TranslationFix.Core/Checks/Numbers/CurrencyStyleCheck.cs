using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Numbers;

/// <summary>
/// One article, one way of writing US-dollar amounts: "700,000 US dollars" beside "US$540 million"
/// becomes "US$700,000". The style is the configured house style or the one the article uses most.
/// A bare "$" amount is only flagged when another style wins: "$" may be another dollar. Yuan
/// amounts ("RMB 5 million" beside "3 million yuan") follow the article's majority the same way.
/// </summary>
public sealed partial class CurrencyStyleCheck(CurrencyStyle houseStyle = CurrencyStyle.Auto) : ICheck
{
    public static readonly RuleDescriptor CurrencyStyleRule = new("number.currency-style", "Mixed currency styles", Severity.Warning,
        "US-dollar amounts written in more than one style in one article (\"700,000 US dollars\" beside \"US$540 million\"); " +
        "fixed to the house style or the article's majority style.",
        priority: 30);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CurrencyStyleRule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return [];
        var findings = YuanFindings(document, context);
        var amounts = Find(document.Text).Where(a => !document.IsProtected(a.Span)).ToList();
        if (amounts.Count == 0) return findings;
        var style = houseStyle != CurrencyStyle.Auto ? houseStyle : Majority(amounts);

        foreach (var a in amounts.Where(a => a.Style != style))
        {
            string wanted = style.Write(a.Value);
            string why = houseStyle != CurrencyStyle.Auto ? $"the house style is {style.ToId()}" : $"the article mostly writes {style.Write("…")}";
            bool certain = a.Style != CurrencyStyle.DollarSign; // "$" alone may be a Hong Kong or Singapore dollar
            findings.Add(certain
                ? context.Report(CurrencyStyleRule, document, a.Span, $"'{a.Text}' → '{wanted}': {why}", wanted)
                : context.Report(CurrencyStyleRule, document, a.Span, $"'{a.Text}': {why}; if this is US dollars, write '{wanted}'"));
        }
        return findings;
    }

    // The most frequent style; ties go to the earlier style in the enum (US$ first). Words win only
    // when nothing else is written: an article that always says "US dollars" is consistent, and
    // only a configured house style changes it.
    private static CurrencyStyle Majority(List<Amount> amounts)
    {
        var counts = amounts.Where(a => a.Style != CurrencyStyle.Words).GroupBy(a => a.Style)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
        return counts.Count == 0 ? CurrencyStyle.Words : counts[0].Key;
    }

    private readonly record struct Amount(CurrencyStyle Style, TextSpan Span, string Text, string Value);

    private static IEnumerable<Amount> Find(string text)
    {
        foreach (Match m in UsDollarAmount().Matches(text))
        {
            var style = m.Groups["prefix"].Success ? CurrencyStyle.UsDollarPrefix
                : m.Groups["sign"].Success ? CurrencyStyle.DollarSign
                : m.Groups["iso"].Success ? CurrencyStyle.Iso
                : CurrencyStyle.Words;
            string amount = m.Groups["a1"].Success ? m.Groups["a1"].Value : m.Groups["a2"].Value;
            yield return new Amount(style, new TextSpan(m.Index, m.Length), m.Value, amount);
        }
    }

    // Yuan amounts follow the article's majority: "5 million yuan", "RMB 5 million" or "CNY 5 million".
    // "¥" is also the yen sign: flagged, never rewritten.
    private static readonly string[] YuanStyles = ["yuan", "RMB", "CNY"];

    private List<Finding> YuanFindings(Document document, CheckContext context)
    {
        var amounts = new List<(string Style, TextSpan Span, string Text, string Value)>();
        foreach (Match m in YuanAmount().Matches(document.Text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (document.IsProtected(span)) continue;
            string style = m.Groups["rmb"].Success ? "RMB" : m.Groups["cny"].Success ? "CNY" : m.Groups["yen"].Success ? "¥" : "yuan";
            amounts.Add((style, span, m.Value, m.Groups["a1"].Success ? m.Groups["a1"].Value : m.Groups["a2"].Value));
        }
        var findings = new List<Finding>();
        var majority = amounts.Where(a => a.Style != "¥").GroupBy(a => a.Style)
            .OrderByDescending(g => g.Count()).ThenBy(g => Array.IndexOf(YuanStyles, g.Key)).Select(g => g.Key).FirstOrDefault();
        if (majority is null) return findings;
        foreach (var a in amounts.Where(a => a.Style != majority))
        {
            string wanted = majority == "yuan" ? $"{a.Value} yuan" : $"{majority} {a.Value}";
            string why = $"the article mostly writes {(majority == "yuan" ? "… yuan" : majority + " …")}";
            findings.Add(a.Style == "¥"
                ? context.Report(CurrencyStyleRule, document, a.Span, $"'{a.Text}': {why}; if this is yuan, write '{wanted}'")
                : context.Report(CurrencyStyleRule, document, a.Span, $"'{a.Text}' → '{wanted}': {why}", wanted));
        }
        return findings;
    }

    [GeneratedRegex(@"(?:(?<rmb>\bRMB)|(?<cny>\bCNY)|(?<yen>[¥￥]))\s?(?<a1>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?)\b" +
                    @"|(?<![\d.,])(?<a2>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?)\s(?:yuan|renminbi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex YuanAmount();

    // An amount: 700,000 / 1.4 / 540 million. The four styles: US$540 million, $540 million,
    // USD 540 million, 540 million US dollars. "$" right after a letter is HK$, S$, A$, ….
    [GeneratedRegex(@"(?:(?<prefix>\bUS\$)|(?<sign>(?<![A-Za-z$])\$)|(?<iso>\bUSD))\s?(?<a1>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?)\b" +
                    @"|(?<![\d.,$])(?<a2>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?)\s(?:US|U\.S\.)\s?dollars?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex UsDollarAmount();
}
