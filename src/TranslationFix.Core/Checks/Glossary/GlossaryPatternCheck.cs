using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Glossary;

/// <summary>Runs the glossaries' regex rules (pattern → replacement, or a flag).</summary>
public sealed class GlossaryPatternCheck(IReadOnlyList<GlossaryRule> rules) : ICheck
{
    public static readonly RuleDescriptor TermPatternRule = new("term.pattern", "Mistranslated phrase", Severity.Warning,
        "A phrase that a glossary rule (a regular expression) recognises as machine translation of a known term. Rules are more specific than plain entries, so their fixes win an overlap.",
        priority: 45);

    public static readonly RuleDescriptor NamePatternRule = new("name.pattern", "Mistranslated name (rule)", Severity.Warning,
        "A name that a glossary rule (a regular expression) recognises as a machine-translation error.",
        priority: 55);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [TermPatternRule, NamePatternRule];

    // The text each rule's every match contains (null: none known), read from its pattern once:
    // a rule does not run on a text without it.
    private readonly string?[] _required = [.. rules.Select(r => RegexLiterals.Required(r.Pattern))];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        var findings = new List<Finding>();
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (_required[i] is { } required && !document.Text.Contains(required, StringComparison.OrdinalIgnoreCase)) continue;
            MatchCollection matches;
            try
            {
                matches = rule.Pattern.Matches(document.Text);
                _ = matches.Count; // force evaluation inside the timeout guard
            }
            catch (RegexMatchTimeoutException)
            {
                continue; // a pathological text must not stop the other rules
            }
            foreach (Match m in matches)
            {
                if (m.Length == 0) continue;
                var span = new TextSpan(m.Index, m.Length);
                if (document.IsProtected(span)) continue;
                var descriptor = rule.Type == "term" ? TermPatternRule : NamePatternRule;
                string because = rule.Message ?? $"glossary rule at {rule.Location}";
                if (rule.Replace is null)
                {
                    findings.Add(context.Report(descriptor, document, span, $"'{m.Value}': {because}; check by hand"));
                    continue;
                }
                string replacement = m.Result(rule.Replace);
                if (rule.IgnoreCase) replacement = AdaptFirstLetter(m.Value, replacement);
                if (replacement == m.Value) continue;
                findings.Add(context.Report(descriptor, document, span, $"'{m.Value}' → '{replacement}': {because}", replacement));
            }
        }
        return findings;
    }

    private static string AdaptFirstLetter(string original, string replacement)
    {
        if (original.Length == 0 || replacement.Length == 0 || !char.IsLetter(original[0]) || !char.IsLetter(replacement[0]))
            return replacement;
        // Only ever raise the first letter: a replacement written with a capital ("QR code") keeps it.
        return char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
    }
}
