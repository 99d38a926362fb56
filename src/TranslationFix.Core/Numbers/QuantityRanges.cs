using System.Text.RegularExpressions;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// A range writes its magnitude and unit once, at the end or the start: 300至500万 is 3–5 million,
/// "1.2–1.5 billion" is 1.2 billion to 1.5 billion, 2000-3000元 is 2,000 yuan to 3,000 yuan,
/// "$2000-3000" is $2,000 to $3,000. The end that lacks them takes them from the other.
/// </summary>
public static partial class QuantityRanges
{
    public static void ShareMagnitudeAndUnit(string text, List<Quantity> quantities)
    {
        for (int i = 0; i + 1 < quantities.Count; i++)
        {
            var (low, high) = (quantities[i], quantities[i + 1]);
            if (low.Span.End > high.Span.Start || !Connector().IsMatch(text.AsSpan(low.Span.End, high.Span.Start - low.Span.End))) continue;
            double scale = Magnitude(high.Text);
            if (scale > 1 && Magnitude(low.Text) == 1 && low.Value * scale <= high.Value * (1 + 1e-9))
                low = low with { Value = low.Value * scale };
            if (low.Value > high.Value) continue;
            if (low.Kind == QuantityKind.Number && high.Kind != QuantityKind.Number)
                low = low with { Kind = high.Kind, Unit = high.Unit };
            else if (high.Kind == QuantityKind.Number && low.Kind is QuantityKind.Currency or QuantityKind.Percentage)
                high = high with { Kind = low.Kind, Unit = low.Unit };
            quantities[i] = low;
            quantities[i + 1] = high;
        }
    }

    // The scale word or character at the end of a number: 万, 亿, 千万, million, billion, bn.
    private static double Magnitude(string text)
    {
        var m = ScaleWord().Match(text);
        if (!m.Success) return 1;
        return m.Value.ToLowerInvariant() switch
        {
            "千万" or "千萬" => 1e7,
            "百万" or "百萬" => 1e6,
            "十万" or "十萬" => 1e5,
            "万" or "萬" => 1e4,
            "亿" or "億" => 1e8,
            "thousand" => 1e3,
            "million" or "mn" or "mln" => 1e6,
            "billion" or "bn" or "bln" => 1e9,
            _ => 1e12,
        };
    }

    [GeneratedRegex(@"^\s*(?:至|到|~|～|-|－|—|–|to)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    [GeneratedRegex(@"(?:千万|千萬|百万|百萬|十万|十萬|万|萬|亿|億|\bthousand\b|\bmillion\b|\bbillion\b|\btrillion\b|(?<=\d\s?)(?:bn|mn|mln|bln|tn)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleWord();
}
