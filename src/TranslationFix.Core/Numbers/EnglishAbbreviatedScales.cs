using System.Globalization;
using System.Text.RegularExpressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// The scale abbreviations of business copy the recognisers do not read: "100bn", "3.5 bn",
/// "20mn", "2 tn". ("5m" stays unread: it is as often five metres.)
/// </summary>
public static partial class EnglishAbbreviatedScales
{
    public static IEnumerable<Quantity> Find(string text)
    {
        if (!text.Contains("bn", StringComparison.OrdinalIgnoreCase) && !text.Contains("mn", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("tn", StringComparison.OrdinalIgnoreCase)) yield break;
        foreach (Match m in Abbreviated().Matches(text))
        {
            if (!double.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out double n)) continue;
            double scale = m.Groups["s"].Value.ToLowerInvariant() switch { "bn" or "bln" => 1e9, "tn" => 1e12, _ => 1e6 };
            var span = new TextSpan(m.Index, m.Length);
            yield return new Quantity(QuantityKind.Number, n * scale, null, span, m.Value);
        }
    }

    /// <summary>"USD 100bn": a recognised amount followed by a scale abbreviation takes its scale.</summary>
    public static Quantity Extend(string text, Quantity q)
    {
        var m = Suffix().Match(text, q.Span.End);
        if (!m.Success || m.Index != q.Span.End) return q;
        double scale = m.Groups["s"].Value.ToLowerInvariant() switch { "bn" or "bln" => 1e9, "tn" => 1e12, _ => 1e6 };
        var span = new TextSpan(q.Span.Start, q.Span.Length + m.Length);
        return q with { Value = q.Value * scale, Span = span, Text = text.Substring(span.Start, span.Length) };
    }

    [GeneratedRegex(@"\G\s?(?<s>bn|bln|mn|mln|tn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?<s>bn|bln|mn|mln|tn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviated();
}
