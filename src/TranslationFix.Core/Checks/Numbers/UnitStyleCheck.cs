using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Numbers;

/// <summary>
/// One unit style per article: "5 km" beside "10 kilometres" flags the less used form; metric and
/// imperial units side by side flag the less used system (a conversion in parentheses, "5 km
/// (3.1 miles)", is fine). Flags only: plural, spelling and conversions need an editor.
/// </summary>
public sealed partial class UnitStyleCheck : ICheck
{
    public static readonly RuleDescriptor MixedStyle = new("unit.mixed-style", "Unit written two ways", Severity.Info,
        "The same unit is written both as a symbol and spelled out in one article (\"km\" and \"kilometres\").");

    public static readonly RuleDescriptor MixedSystem = new("unit.mixed-system", "Metric and imperial units mixed", Severity.Info,
        "The article measures in both metric and imperial units without giving conversions.");

    private sealed record UnitForm(string Unit, bool Metric, bool Symbol, Regex Pattern);

    private const string Number = @"(?<![\w.])\d+(?:[.,]\d+)*\s?";

    private static readonly UnitForm[] Forms =
    [
        Form("kilometre", true, true, "km"), Form("kilometre", true, false, "kilometres?|kilometers?"),
        Form("kilogram", true, true, "kg"), Form("kilogram", true, false, "kilogrammes?|kilograms?"),
        Form("centimetre", true, true, "cm"), Form("centimetre", true, false, "centimetres?|centimeters?"),
        Form("millimetre", true, true, "mm"), Form("millimetre", true, false, "millimetres?|millimeters?"),
        Form("square kilometre", true, true, "sq km|km2|km²"), Form("square kilometre", true, false, "square kilometres?|square kilometers?"),
        Form("hectare", true, true, "ha"), Form("hectare", true, false, "hectares?"),
        Form("kilometre per hour", true, true, "km/h|kph"), Form("kilometre per hour", true, false, "kilometres per hour|kilometers per hour"),
        Form("mile", false, true, "mi"), Form("mile", false, false, "miles?"),
        Form("mile per hour", false, true, "mph"), Form("mile per hour", false, false, "miles per hour"),
        Form("foot", false, true, "ft"), Form("foot", false, false, "feet|foot"),
        Form("pound (weight)", false, true, "lbs?"),
    ];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [MixedStyle, MixedSystem];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return [];
        string text = document.Text;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0) return [];

        var uses = new List<(UnitForm Form, TextSpan Span, bool InParentheses)>();
        foreach (var form in Forms)
        {
            foreach (Match m in form.Pattern.Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!document.IsProtected(span)) uses.Add((form, span, InParentheses(text, m.Index)));
            }
        }
        // "15.5 miles per hour" is one quantity, not "miles" and "miles per hour": the longest reading wins.
        uses.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        int coveredTo = -1;
        uses = [.. uses.Where(u => { int end = u.Span.Start + u.Span.Length; if (end <= coveredTo) return false; coveredTo = end; return true; })];

        var findings = new List<Finding>();
        foreach (var unit in uses.GroupBy(u => u.Form.Unit))
        {
            var symbols = unit.Where(u => u.Form.Symbol).ToList();
            var spelled = unit.Where(u => !u.Form.Symbol).ToList();
            if (symbols.Count == 0 || spelled.Count == 0) continue;
            bool symbolsWin = symbols.Count > spelled.Count || (symbols.Count == spelled.Count && symbols[0].Span.Start < spelled[0].Span.Start);
            foreach (var (form, span, _) in symbolsWin ? spelled : symbols)
            {
                findings.Add(context.Report(MixedStyle, document, span,
                    $"'{text.Substring(span.Start, span.Length)}': the article mostly writes the {unit.Key} {(symbolsWin ? "as a symbol" : "spelled out")}"));
            }
        }

        var unconverted = uses.Where(u => !u.InParentheses).ToList();
        int metric = unconverted.Count(u => u.Form.Metric), imperial = unconverted.Count - metric;
        if (metric > 0 && imperial > 0)
        {
            bool metricWins = metric >= imperial;
            foreach (var (form, span, _) in unconverted.Where(u => u.Form.Metric != metricWins))
            {
                findings.Add(context.Report(MixedSystem, document, span,
                    $"'{text.Substring(span.Start, span.Length)}': the article otherwise measures in {(metricWins ? "metric" : "imperial")} units"));
            }
        }
        return findings;
    }

    private static UnitForm Form(string unit, bool metric, bool symbol, string alternatives) =>
        new(unit, metric, symbol, new Regex($@"{Number}(?:{alternatives})\b", RegexOptions.CultureInvariant));   // interpreted: compiling 21 of them took ~75 ms of every start

    // "5 km (3.1 miles)": a conversion, not a second system.
    private static bool InParentheses(string text, int index)
    {
        int open = text.LastIndexOf('(', index);
        return open >= 0 && text.IndexOf(')', open) > index && open > text.LastIndexOf(')', Math.Max(0, index - 1));
    }
}
