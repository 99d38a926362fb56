using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A period directly before a comma ("integration. , to create"): MT ends a segment, then goes on
/// with the sentence. The period goes, unless it belongs to an abbreviation ("etc. ," → "etc.,").
/// </summary>
public sealed class PeriodBeforeCommaCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.period-before-comma", "Period before a comma", Severity.Warning,
        "A stray period in front of a comma ('. ,'); the period is removed (kept after an abbreviation).",
        priority: 30);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        for (int i = text.IndexOf('.'); i >= 0; i = text.IndexOf('.', i + 1))
        {
            int comma = i + 1;
            while (comma < text.Length && text[comma] is ' ' or '\t') comma++;
            if (comma >= text.Length || text[comma] != ',') continue;
            if (i == 0 || !char.IsLetter(text[i - 1]) || document.IsProtected(i, comma + 1 - i)) continue;
            bool abbreviation = Abbreviations.EndsAt(text, i);
            if (abbreviation && comma == i + 1) continue;              // "etc.," is right as it is
            string replacement = abbreviation ? ".," : ",";
            var span = TextSpan.FromBounds(i, comma + 1);
            yield return context.Report(Rule, document, span,
                $"stray period before a comma: '{text.Substring(i, span.Length)}' → '{replacement}'", replacement);
        }
    }
}
