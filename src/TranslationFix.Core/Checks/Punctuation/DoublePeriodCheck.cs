using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A sentence end followed by a second period, with or without a space between ("growth. . During",
/// "rose..", "why? .", 'ability." .'): MT leaves these where it joined two segments. Ellipses
/// ("...", ". . .") stay.
/// </summary>
public sealed class DoublePeriodCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.double-period", "Doubled sentence end", Severity.Warning,
        "A sentence end followed by a stray second period ('. .', '..', '? .'); the second one is removed.",
        priority: 30);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('.' or '?' or '!')) continue;
            if (c == '.' && i > 0 && text[i - 1] == '.') continue;   // inside a chain already seen
            int dots = 0, last = i, k = i;
            while (true)
            {
                int m = k + 1;
                while (m < text.Length && text[m] is ' ' or '\t') m++;
                if (m >= text.Length || text[m] != '.') break;
                dots++;
                last = k = m;
            }
            if (dots == 0)
            {
                var quoted = AfterClosingQuote(document, context, i);
                if (quoted is not null) yield return quoted;
                continue;
            }
            int chain = dots + (c == '.' ? 1 : 0);
            // Two periods in all (or one after ? and !) is a slip; three or more is an ellipsis.
            // Only where the chain ends a sentence: "?." in "pjson?.type" and ".." in "1..10" are code.
            if (chain <= 2 && EndsSentence(text, last + 1) && !document.IsProtected(i, last + 1 - i))
            {
                var span = TextSpan.FromBounds(i, last + 1);
                yield return context.Report(Rule, document, span,
                    $"stray period after a sentence end: '{text.Substring(i, span.Length)}' → '{c}'", c.ToString());
            }
            i = last;
        }
    }

    private static bool EndsSentence(string text, int after) =>
        after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] is '"' or '”' or '’' or '*';

    // 'ability." .': the sentence ended inside the quotation; the period after it is stray.
    private static Finding? AfterClosingQuote(Document document, CheckContext context, int end)
    {
        string text = document.Text;
        int k = end + 1;
        // Quotation marks only: "(why?)." is right, the parenthesis sits inside the sentence.
        while (k < text.Length && text[k] is '"' or '”' or '’') k++;
        if (k == end + 1) return null;
        int dot = k;
        while (dot < text.Length && text[dot] is ' ' or '\t') dot++;
        if (dot >= text.Length || text[dot] != '.' || !EndsSentence(text, dot + 1)) return null;
        // "(pears, etc.)." is right: that period belongs to the abbreviation.
        if (document.IsProtected(end, dot + 1 - end) || text[end] == '.' && Abbreviations.EndsAt(text, end)) return null;
        string kept = text[end..k];
        return context.Report(Rule, document, TextSpan.FromBounds(end, dot + 1),
            $"stray period after a quotation that already ends the sentence: '{text[end..(dot + 1)]}' → '{kept}'", kept);
    }
}
