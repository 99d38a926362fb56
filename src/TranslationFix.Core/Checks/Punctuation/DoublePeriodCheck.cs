using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A sentence end followed by a second period, with or without a space between ("growth. . During",
/// "rose..", "why? ."): MT leaves these where it joined two segments. Ellipses ("...", ". . .") stay.
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
            int chain = dots + (c == '.' ? 1 : 0);
            // Two periods in all (or one after ? and !) is a slip; three or more is an ellipsis.
            if (dots > 0 && chain <= 2 && !document.IsProtected(i, last + 1 - i))
            {
                var span = TextSpan.FromBounds(i, last + 1);
                yield return context.Report(Rule, document, span,
                    $"stray period after a sentence end: '{text.Substring(i, span.Length)}' → '{c}'", c.ToString());
            }
            i = last;
        }
    }
}
