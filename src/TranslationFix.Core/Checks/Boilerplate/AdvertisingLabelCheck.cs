using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// An advertising label alone on its line ("Advertisements", "ADVERTISEMENT", "Sponsored") in a
/// page that a scraper took from a machine-translation site. Native news pages carry the same labels
/// and an editor may want them, so they are removed only when the text itself shows machine
/// translation: Chinese, Japanese or Korean characters in an English text, or at least two sentences
/// glued together ("companiesThe", "said.However"). Otherwise nothing is reported.
/// </summary>
public sealed partial class AdvertisingLabelCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("boilerplate.ad-label", "Advertising label in a scraped MT page", Severity.Warning,
        "A line that is only an advertising label ('Advertisements', 'Sponsored'), in a text that shows machine translation; removed as a whole line. Native pages keep theirs.",
        priority: 60);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"^(advertisements?|advertising|sponsored( content)?|ads?|promoted)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<![\p{L}\d.@/_-])\p{Ll}{3,}(?:[.!?])?(?:The|This|These|However|According|Some|Many|Alongside|Meanwhile|While|After|In|It)\s", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSentence();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        if (!text.Contains("dvertis", StringComparison.OrdinalIgnoreCase) && !text.Contains("ponsored", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("\nAD", StringComparison.OrdinalIgnoreCase) && !text.Contains("romoted", StringComparison.Ordinal))
            yield break;
        var lines = FurnitureLines.NonBlank(text);
        List<TextSpan>? labels = null;
        foreach (var line in lines)
        {
            if (Label().IsMatch(text.AsSpan(line.Start, line.Length).Trim().ToString()) && !document.IsProtected(line))
                (labels ??= []).Add(line);
        }
        if (labels is null || lines.Count < 3 || !ShowsMachineTranslation(text)) yield break;
        foreach (var line in labels)
            yield return context.Report(Rule, document, FurnitureLines.RemovalSpan(text, line),
                $"advertising label '{text.Substring(line.Start, line.Length).Trim()}' in a machine-translated page: removed", "");
    }

    private static bool ShowsMachineTranslation(string text)
    {
        foreach (char c in text)
            if (Punctuation.ScriptMix.IsCjk(c)) return true;
        return GluedSentence().Count(text) >= 2;
    }
}
