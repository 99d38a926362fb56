using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A name written twice without a space ("TencentTencent", "AlibabaAlibaba"), left by MT merging a
/// name with its gloss. Fixed when the half is a known name (a glossary canonical form); any other
/// capitalised word doubled this way is flagged, since it could be a brand.
/// </summary>
public sealed partial class DoubledNameCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.doubled-name", "Name glued to itself", Severity.Warning,
        "A name written twice with no space ('TencentTencent'); one is removed when it is a known name, otherwise flagged.",
        priority: 26);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    private readonly HashSet<string> _knownNames;

    public DoubledNameCheck(IEnumerable<string>? knownNames = null)
    {
        _knownNames = new HashSet<string>(knownNames ?? [], StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(\p{Lu}[\p{L}\d]{2,})\1(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Doubled();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        foreach (Match m in Doubled().Matches(document.Text))
        {
            if (document.IsProtected(m.Index, m.Length)) continue;
            string half = m.Groups[1].Value;
            if (_knownNames.Contains(half) && !_knownNames.Contains(m.Value))
                yield return context.Report(Rule, document, new TextSpan(m.Index + half.Length, half.Length), $"'{half}' written twice", "");
            else if (half.Length >= 4 && half.Skip(1).All(char.IsLower))
                yield return context.Report(Rule, document, new TextSpan(m.Index, m.Length), $"'{m.Value}': '{half}' written twice? check by hand");
        }
    }
}
