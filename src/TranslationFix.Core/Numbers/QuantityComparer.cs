namespace TranslationFix.Core.Numbers;

/// <summary>
/// Compares the quantities of a source segment with those of its translation. Equivalent forms
/// match (330,600 and "330.6 thousand" for 33.06万, "half" for 50%); what is left is named: a
/// magnitude slip, a changed currency or unit, a changed value, or a dropped quantity. Quantities
/// only the translation has are not reported (translators add years, ordinals, explanations).
/// </summary>
public static class QuantityComparer
{
    // The scale errors MT makes with 万 (10⁴) and 亿 (10⁸), and with thousand/million/billion.
    private static readonly double[] SlipFactors = [10, 100, 1000, 1e4, 1e8, 0.1, 0.01, 0.001, 1e-4, 1e-8];

    private static readonly HashSet<string> Dollars = ["USD", "SGD", "HKD", "AUD", "CAD", "NZD", "TWD"];

    public static IReadOnlyList<QuantityMismatch> Compare(IReadOnlyList<Quantity> source, IReadOnlyList<Quantity> target)
    {
        var used = new bool[target.Count];
        var unmatched = new List<Quantity>();
        foreach (var s in source)
        {
            int t = Find(target, used, x => SameValue(s, x) && Compatible(s, x));
            if (t >= 0) used[t] = true;
            else unmatched.Add(s);
        }

        var mismatches = new List<QuantityMismatch>();
        foreach (var s in unmatched)
        {
            // The source may name an amount twice where the translation names it once.
            if (source.Any(other => other != s && !unmatched.Contains(other) && Equal(other.Value, s.Value))) continue;
            var mismatch = Explain(s, target, used);
            mismatches.Add(mismatch);
        }
        return mismatches;
    }

    private static QuantityMismatch Explain(Quantity s, IReadOnlyList<Quantity> target, bool[] used)
    {
        int t = Find(target, used, x => SameValue(s, x) && x.Kind == s.Kind && s.Kind is QuantityKind.Currency or QuantityKind.Dimension);
        if (t >= 0)
        {
            used[t] = true;
            return new(s.Kind == QuantityKind.Currency ? MismatchKind.ChangedCurrency : MismatchKind.ChangedUnit, s, target[t]);
        }
        t = Find(target, used, x => Compatible(s, x) && SlipFactor(s.Value, x.Value) is not null);
        if (t >= 0)
        {
            used[t] = true;
            return new(MismatchKind.MagnitudeSlip, s, target[t], SlipFactor(s.Value, target[t].Value)!.Value);
        }
        if (s.Kind != QuantityKind.Number)
        {
            t = Find(target, used, x => x.Kind == s.Kind && Compatible(s, x));
            if (t >= 0)
            {
                used[t] = true;
                return new(MismatchKind.ChangedValue, s, target[t]);
            }
        }
        return new(MismatchKind.Dropped, s, null);
    }

    private static int Find(IReadOnlyList<Quantity> target, bool[] used, Func<Quantity, bool> match)
    {
        for (int i = 0; i < target.Count; i++)
        {
            if (!used[i] && match(target[i])) return i;
        }
        return -1;
    }

    private static bool SameValue(Quantity s, Quantity t) =>
        Equal(s.Value, t.Value) || Rounded(s.Value, t.Value)
        || (s.Kind == QuantityKind.Percentage && t.Kind == QuantityKind.Number && Equal(s.Value / 100, t.Value)); // 50% as "half"

    private static bool Equal(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-12;

    // 2756.38万 as "27.56 million", 1.245亿 as "124.5 million": a translation may round a large
    // amount to fewer digits (within half a percent), never a small one.
    private static bool Rounded(double source, double target) =>
        Math.Abs(source) >= 10_000 && Math.Abs(source - target) <= 0.005 * Math.Abs(source) && SignificantDigits(target) < SignificantDigits(source);

    private static int SignificantDigits(double value)
    {
        string digits = Math.Abs(value).ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace(".", "").TrimStart('0');
        int e = digits.IndexOfAny(['E', 'e']);
        if (e >= 0) digits = digits[..e];
        return digits.TrimEnd('0').Length;
    }

    private static double? SlipFactor(double source, double target)
    {
        if (source == 0 || Math.Max(Math.Abs(source), Math.Abs(target)) < 1000) return null;
        double ratio = target / source;
        foreach (var f in SlipFactors)
        {
            if (Equal(ratio, f)) return f;
        }
        return null;
    }

    // A bare number on one side may stand for a currency amount, a percentage or a dimension on the
    // other (the unit word is often elsewhere in the sentence); two units must agree.
    private static bool Compatible(Quantity s, Quantity t)
    {
        if (s.Kind == QuantityKind.Number || t.Kind == QuantityKind.Number) return true;
        if (s.Kind != t.Kind) return false;
        return s.Kind switch
        {
            QuantityKind.Currency => SameCurrency(s.Unit, t.Unit),
            QuantityKind.Dimension => string.Equals(s.Unit, t.Unit, StringComparison.OrdinalIgnoreCase),
            _ => true,
        };
    }

    // "Dollar" without a country (a bare $ or 달러) fits any dollar.
    private static bool SameCurrency(string? a, string? b)
    {
        if (a is null || b is null || a == b) return true;
        bool genericA = !Dollars.Contains(a) && a.StartsWith("D", StringComparison.Ordinal) && a.Contains("lar", StringComparison.OrdinalIgnoreCase);
        bool genericB = !Dollars.Contains(b) && b.StartsWith("D", StringComparison.Ordinal) && b.Contains("lar", StringComparison.OrdinalIgnoreCase);
        return (genericA && (genericB || Dollars.Contains(b))) || (genericB && Dollars.Contains(a));
    }

    /// <summary>True when the fix is certain: a magnitude slip on an amount in the same, named currency.</summary>
    public static bool IsCertainFix(QuantityMismatch m) =>
        m is { Kind: MismatchKind.MagnitudeSlip, Source.Kind: QuantityKind.Currency, Target.Kind: QuantityKind.Currency }
        && m.Source.Unit is { Length: 3 } && m.Source.Unit == m.Target!.Unit;
}
