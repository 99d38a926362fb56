using System.Text.RegularExpressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// Chinese and Japanese approximate counts made of two neighbouring numerals, which the
/// recognisers miss or misread: 五六十 is 50–60, 一万六七千 is 16,000–17,000. Each gives two
/// numbers, the low and the high end, both spanning the whole expression.
/// </summary>
public static partial class ApproximateRanges
{
    private const string Numerals = "〇一二三四五六七八九";

    public static IEnumerable<Quantity> Find(string text)
    {
        foreach (Match m in Range().Matches(text))
        {
            int a = Numerals.IndexOf(m.Groups["a"].Value[0]), b = Numerals.IndexOf(m.Groups["b"].Value[0]);
            if (b != a + 1) continue; // 六七 is a range; 一五 (一五一十) is not
            double unit = m.Groups["unit"].Value switch { "十" => 10, "百" => 100, "千" => 1000, _ => 10_000 };
            double lead = 0;
            if (m.Groups["lead"].Success)
            {
                string w = m.Groups["lead"].Value;
                lead = (char.IsAsciiDigit(w[0]) ? double.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : Numerals.IndexOf(w[0]))
                    * (m.Groups["big"].Value == "万" || m.Groups["big"].Value == "萬" ? 10_000 : 100_000_000);
            }
            var span = new TextSpan(m.Index, m.Length);
            yield return new Quantity(QuantityKind.Number, lead + a * unit, null, span, m.Value);
            yield return new Quantity(QuantityKind.Number, lead + b * unit, null, span, m.Value);
        }
    }

    [GeneratedRegex(@"(?:(?<lead>\d+|[一二三四五六七八九])(?<big>万|萬|亿|億))?(?<a>[一二三四五六七八])(?<b>[二三四五六七八九])(?<unit>十|百|千|万|萬)", RegexOptions.CultureInvariant)]
    private static partial Regex Range();
}
