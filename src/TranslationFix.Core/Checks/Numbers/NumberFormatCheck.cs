using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Numbers;

/// <summary>
/// Digit grouping and decimal marks written the source-language way in English text: "1.194.000"
/// (fixed to 1,194,000), "3,5 million" (fixed to 3.5 million), "1.194 stores" (flagged: 1,194 is
/// likely, but 1.194 could be meant). With AP style on, one to nine in running text are spelled out.
/// </summary>
public sealed partial class NumberFormatCheck(bool spellOutBelowTen = false) : ICheck
{
    public static readonly RuleDescriptor FormatRule = new("number.format", "Number written the wrong way for English", Severity.Warning,
        "Digit grouping or decimal mark of another language (\"1.194 stores\", \"3,5 million\"), or a digit where the house style " +
        "(AP) spells out one through nine.",
        priority: 25);

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [FormatRule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return [];
        string text = document.Text;
        if (!spellOutBelowTen && text.AsSpan().IndexOfAnyInRange('0', '9') < 0) return [];
        var findings = new List<Finding>();

        foreach (Match m in DotGrouping().Matches(text))
            Add(findings, document, context, m, m.Value.Replace('.', ','),
                $"'{m.Value}': English groups digits with commas: {m.Value.Replace('.', ',')}");

        foreach (Match m in CommaDecimal().Matches(text))
        {
            var number = m.Groups["n"];
            string fixedNumber = number.Value.Replace(',', '.');
            Add(findings, document, context, number, fixedNumber,
                $"'{m.Value}': English writes the decimal mark as a point: {fixedNumber}{m.Value[number.Length..]}");
        }

        foreach (Match m in DotBeforeCountNoun().Matches(text))
        {
            var number = m.Groups["n"];
            Add(findings, document, context, number, null,
                $"'{m.Value}': a decimal point before a count? In English {number.Value.Replace('.', ',')} is written with a comma");
        }

        if (spellOutBelowTen)
        {
            foreach (Match m in LoneDigit().Matches(text))
                Add(findings, document, context, m, Words[m.Value[0] - '0'], $"'{m.Value}': spell out one through nine (AP style)");
            foreach (Match m in SpelledTens().Matches(text))
            {
                string digits = TensValue(m.Groups["tens"].Value, m.Groups["unit"].Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Add(findings, document, context, m, digits, $"'{m.Value}': use figures for 10 and above (AP style)");
            }
        }
        return findings;
    }

    private static readonly string[] Teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static int TensValue(string tens, string unit)
    {
        int teen = Array.IndexOf(Teens, tens);
        if (teen >= 0) return 10 + teen;
        return Array.IndexOf(Tens, tens) * 10 + (unit.Length > 0 ? Array.IndexOf(Words, unit) : 0);
    }

    private static void Add(List<Finding> findings, Document document, CheckContext context, Capture capture, string? replacement, string message)
    {
        var span = new TextSpan(capture.Index, capture.Length);
        if (!document.IsProtected(span)) findings.Add(context.Report(FormatRule, document, span, message, replacement));
    }

    // 1.194.000: two or more dot groups of three digits cannot be a decimal.
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DotGrouping();

    // 3,5 million / 2,75%: a comma followed by one or two digits is a decimal comma.
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3},\d{1,2})(?!\d)(?:\s?(?:thousand|million|billion|trillion|percent|per cent)\b|\s?%)", RegexOptions.CultureInvariant)]
    private static partial Regex CommaDecimal();

    // 1.194 stores: three decimals before a plural count noun (not a unit or a scale word).
    [GeneratedRegex(@"(?<![\d.,$€£¥])(?<n>[1-9]\d{0,2}\.\d{3})(?![\d.,]\d)\s(?!(?:thousand|millions?|billions?|trillions?|percent|points|times|years|meters|metres|kilometers|kilometres|miles|kilograms|grams|tons|tonnes|liters|litres|seconds|minutes|hours|days|weeks|months|degrees|dollars|yuan|euros|pounds|yen|won|inches|feet|acres|hectares|ounces|carats|barrels|gallons|watts|volts|grams|kilowatts|megawatts|gigawatts|basis)\b)(?<noun>[a-z]+s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DotBeforeCountNoun();

    // A lone digit 1-9 in running text: not part of a number, a time, a date, a percentage, an
    // amount, a unit, a heading number, a list or a version.
    [GeneratedRegex(@"(?<=(?:^|\s))(?<!\b(?:No\.|January|February|March|April|May|June|July|August|September|October|November|December|Chapter|chapter|page|version|Series|round|Table|Figure)\s)[1-9](?=\s)(?!\s(?:percent|per cent|thousand|million|billion|trillion|km|kg|cm|mm|m|am|pm|a\.m\.|p\.m\.)\b)",
        RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LoneDigit();

    // ten to ninety-nine in lower case inside a sentence (a number opening a sentence stays spelled
    // out in AP style), not part of "tens of", "one in ten" style idioms or a larger spelled number.
    [GeneratedRegex(@"(?<=[a-z,;]\s)(?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?<unit>one|two|three|four|five|six|seven|eight|nine))?\b(?!\s(?:of|hundred|thousand|million|billion|percent)\b|-)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpelledTens();
}
