using System.Globalization;

namespace TranslationFix.Core.Numbers;

/// <summary>Writes values the way English news copy does: "210 million", "2.1 billion", "330,600", "US$30 million".</summary>
public static class EnglishNumbers
{
    private static readonly (double Scale, string Word)[] Scales = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];

    public static string Format(double value)
    {
        foreach (var (scale, word) in Scales)
        {
            if (Math.Abs(value) < scale) continue;
            double m = value / scale;
            if (Math.Abs(Math.Round(m, 3) - m) <= 1e-9 * Math.Abs(m))
                return $"{m.ToString("0.###", CultureInfo.InvariantCulture)} {word}";
            break;
        }
        return Math.Abs(value - Math.Round(value)) < 1e-9
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>A quantity as the translation should say it: "US$30 million", "50%", "5 kilometer".</summary>
    public static string Describe(Quantity q) => q.Kind switch
    {
        QuantityKind.Percentage => $"{Format(q.Value)}%",
        QuantityKind.Currency => q.Unit switch
        {
            "USD" => $"US${Format(q.Value)}",
            "CNY" => $"{Format(q.Value)} yuan",
            "EUR" => $"€{Format(q.Value)}",
            "SGD" => $"S${Format(q.Value)}",
            "HKD" => $"HK${Format(q.Value)}",
            null => Format(q.Value),
            { Length: 3 } iso when iso.All(char.IsAsciiLetterUpper) => $"{iso} {Format(q.Value)}",
            var unit => $"{Format(q.Value)} ({unit})",
        },
        QuantityKind.Dimension => $"{Format(q.Value)} {q.Unit?.ToLowerInvariant()}",
        _ => Format(q.Value),
    };

    /// <summary>"×10", "×100", "×10⁴"; "÷10" for a translation too small.</summary>
    public static string Factor(double factor)
    {
        bool smaller = factor < 1;
        int power = (int)Math.Round(Math.Log10(smaller ? 1 / factor : factor));
        string magnitude = power <= 3 ? Math.Pow(10, power).ToString("0", CultureInfo.InvariantCulture) : $"10{Superscript(power)}";
        return (smaller ? "÷" : "×") + magnitude;
    }

    private static string Superscript(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
}
