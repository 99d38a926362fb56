using System.Text.RegularExpressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// 甲、乙等48家企业 counts the ones it names: "48 companies including A and B". MT writes "A, B and
/// 48 other companies", which adds the named ones to the count. Found in the translation as "and
/// N other(s)" or "and other N" where the source has 等N.
/// </summary>
public static partial class InclusiveCounts
{
    public sealed record Mismatch(string Source, string Count, TextSpan TargetSpan, string TargetText)
    {
        public string Describe() =>
            $"{Source} counts the ones named: \"{Count} … including …\", but the translation says \"{TargetText}\", adding them to the count";
    }

    public static IEnumerable<Mismatch> Compare(string source, string target)
    {
        if (!source.Contains('等')) yield break;
        foreach (Match s in SourceCount().Matches(source))
        {
            string count = s.Groups["n"].Value;
            foreach (Match t in TargetOthers().Matches(target))
            {
                string n = t.Groups["n"].Success ? t.Groups["n"].Value : t.Groups["n2"].Value;
                if (SameCount(count, n)) yield return new Mismatch(s.Value, n, new TextSpan(t.Index, t.Length), t.Value);
            }
        }
    }

    private static bool SameCount(string chinese, string english)
    {
        int? a = ValueOf(chinese), b = ValueOf(english);
        return a is not null && a == b;
    }

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static int? ValueOf(string text)
    {
        if (text.All(char.IsDigit)) return text.Length <= 6 ? text.Aggregate(0, (n, c) => n * 10 + (int)char.GetNumericValue(c)) : null;
        int word = Array.IndexOf(Words, text.ToLowerInvariant());
        if (word >= 0) return word;
        int han = "零一二三四五六七八九十".IndexOf(text);
        return text.Length == 1 && han >= 0 ? han : text == "两" ? 2 : null;
    }

    [GeneratedRegex(@"等(?<n>\d+|[一二两三四五六七八九十])(?:个|家|所|国|位|名|只|项|座|款|种|类|省|市|城)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceCount();

    [GeneratedRegex(@"\band (?:the |another )?other (?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\band (?<n2>\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?others?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetOthers();
}
