using TranslationFix.Core.Findings;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Source;

/// <summary>
/// With the source at hand: a target segment that is its source copied over, or one far shorter
/// than its source could be (a dropped clause or sentence). English runs two to four characters
/// for each Chinese, Japanese or Korean one; a target under 1.3 of them, for a source of twenty
/// or more, has lost text. Between alphabetic languages the bar is a third of the source's length.
/// </summary>
public sealed class UntranslatedSegmentCheck : ICheck
{
    // One rule id for untranslated text with or without a source: the residue check defines it.
    public static readonly RuleDescriptor Untranslated = Residue.UntranslatedTextCheck.Rule;

    private const double MinimumPerCjkLetter = 1.3;
    private const int MinimumCjkLetters = 20;
    private const double MinimumAlphabeticRatio = 1 / 3.0;
    private const int MinimumAlphabeticLength = 60;

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Untranslated];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        var findings = new List<Finding>();
        foreach (var pair in SourceSegments.Pairs(document))
        {
            string source = pair.Source.Trim();
            string target = SourceSegments.Target(document, pair).Trim();
            if (source.Length == 0 || !source.Any(char.IsLetter)) continue;
            var span = Trimmed(document.Text, pair.Target);
            string where = SourceSegments.Where(document, pair);
            if (string.Equals(source, target, StringComparison.Ordinal))
            {
                findings.Add(context.Report(Untranslated, document, span, $"the translation is the source text, untranslated ({where})"));
                continue;
            }
            int cjk = source.Count(NumberLanguage.IsCjkLetter);
            int length = target.Count(c => !char.IsWhiteSpace(c) && c != '-');
            bool truncated = cjk >= MinimumCjkLetters
                ? length < MinimumPerCjkLetter * cjk && target.Count(NumberLanguage.IsCjkLetter) == 0
                : cjk == 0 && source.Length >= MinimumAlphabeticLength && length < MinimumAlphabeticRatio * source.Length;
            if (truncated && length == 0)
                findings.Add(context.Report(Untranslated, document, span, $"the segment has no translation ({where})"));
            else if (truncated)
                findings.Add(context.Report(Untranslated, document, span,
                    $"the translation is far shorter than its source ({length} characters for a source of {source.Length}): a clause or sentence may be missing ({where})"));
        }
        return findings;
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
