using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// Currency and market-code tokens that MT spaced apart or padded: "HK $12.5" (HK$12.5),
/// "US $2 billion" (US$2 billion), "$30/per share" ($30 per share), stock codes "(00700. HK)"
/// and "600519. SH". A stock code is joined only inside brackets or when it is a six-digit
/// mainland code, so a sentence that ends in a number before "HK" stays as it is. Also "a-share"
/// (A-share) and "GPT4" (GPT-4), two spellings MT makes of market and model tokens.
/// </summary>
public sealed partial class SplitTokenCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.split-token", "Currency or stock code split apart", Severity.Warning,
        "A currency symbol or stock code split by MT ('HK $12.5', 'US $2 billion', '(00700. HK)', '600519. SH', '$30/per share'), 'a-share' and 'GPT4'; joined.",
        priority: 24);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"(?<![\p{L}\d])(HK|US|NT|NZ) (?=\$\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedCurrency();

    [GeneratedRegex(@"(?<=\d)/per(?= \p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SlashPer();

    [GeneratedRegex(@"(?<=\(\d{4,6})\. (?=(HK|SH|SZ|SS|KS|KQ|TW|T|SI)\))|(?<=(?<!\d)[036]\d{5})\. (?=(SH|SZ|SS)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedStockCode();

    // "a-share", "h-shares": the share classes of Chinese companies are capital letters.
    [GeneratedRegex(@"(?<![\p{L}\d-])([abh])(?=-shares?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LowerShareClass();

    // "GPT4", "GPT4o": the model names are written with a hyphen.
    [GeneratedRegex(@"(?<![\p{L}\d-])GPT(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GptWithoutHyphen();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        foreach (Match m in LowerShareClass().Matches(text))
        {
            if (document.IsProtected(m.Index, 7)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, 1), "share classes are capital letters", m.Value.ToUpperInvariant());
        }
        foreach (Match m in GptWithoutHyphen().Matches(text))
        {
            if (document.IsProtected(m.Index, 5)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index + 3, 0), "'GPT' and its version are joined by a hyphen", "-");
        }
        foreach (Match m in SpacedCurrency().Matches(text))
        {
            if (document.IsProtected(m.Index, m.Length + 2)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index + m.Length - 1, 1), $"'{m.Groups[1].Value} $' is one currency symbol", "");
        }
        foreach (Match m in SlashPer().Matches(text))
        {
            if (document.IsProtected(m.Index, m.Length)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, 1), "'/per': one of the two is enough", " ");
        }
        foreach (Match m in SpacedStockCode().Matches(text))
        {
            if (document.IsProtected(m.Index, m.Length)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index + 1, 1), "space inside a stock code", "");
        }
    }
}
