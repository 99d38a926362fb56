using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Suppressions;

/// <summary>
/// The inline suppression comments of a text, as in ESLint:
/// <c>&lt;!-- tfix-disable [RULE...] --&gt;</c> … <c>&lt;!-- tfix-enable [RULE...] --&gt;</c> switch rules
/// off for a stretch (to the end of the text when never re-enabled);
/// <c>&lt;!-- tfix-disable-next-line [RULE...] --&gt;</c> and <c>&lt;!-- tfix-disable-line [RULE...] --&gt;</c>
/// switch them off for one line. RULE is an id or a family ("punct"); none means every rule.
/// Rules are separated by spaces or commas.
/// </summary>
public sealed partial class SuppressionMap
{
    [GeneratedRegex(@"<!--\s*tfix-(disable-next-line|disable-line|disable|enable)\b(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    public static SuppressionMap Empty { get; } = new([]);

    private SuppressionMap(IReadOnlyList<Suppression> suppressions) => Suppressions = suppressions;

    public IReadOnlyList<Suppression> Suppressions { get; }

    public static SuppressionMap For(Document document) => Scan(document.Text, document.Lines);

    public static SuppressionMap Scan(string text, LineMap? lines = null)
    {
        // Most texts have no directive: skip the regex (and the line map) for them.
        if (!text.Contains("tfix-", StringComparison.Ordinal)) return Empty;
        lines ??= new LineMap(text);
        var result = new List<Suppression>();
        var open = new List<(int Start, IReadOnlyList<string> Rules, int Line)>();
        foreach (Match m in Directive().Matches(text))
        {
            string kind = m.Groups[1].Value;
            IReadOnlyList<string> rules = m.Groups[2].Value.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            int commentLine = lines.GetPosition(m.Index).Line;
            int end = m.Index + m.Length;
            switch (kind)
            {
                case "disable":
                    open.Add((end, rules, commentLine));
                    break;
                case "enable":
                    // "tfix-enable" closes every open stretch; "tfix-enable X" closes the ones naming X.
                    for (int i = open.Count - 1; i >= 0; i--)
                    {
                        if (rules.Count > 0 && !open[i].Rules.Any(rules.Contains)) continue;
                        result.Add(new Suppression(TextSpan.FromBounds(open[i].Start, m.Index), open[i].Rules, open[i].Line));
                        open.RemoveAt(i);
                    }
                    break;
                case "disable-line":
                    result.Add(new Suppression(LineSpan(text, lines, commentLine), rules, commentLine));
                    break;
                case "disable-next-line":
                    int endLine = lines.GetPosition(Math.Max(m.Index, end - 1)).Line;
                    if (endLine < lines.LineCount) result.Add(new Suppression(LineSpan(text, lines, endLine + 1), rules, commentLine));
                    break;
            }
        }
        foreach (var (start, rules, line) in open)
            result.Add(new Suppression(TextSpan.FromBounds(start, text.Length), rules, line));
        return new SuppressionMap(result);
    }

    public bool IsSuppressed(Finding finding) =>
        Suppressions.Count > 0 && Suppressions.Any(s => s.Covers(finding.RuleId, finding.Span.Start));

    /// <summary>The findings no comment suppresses, in their order.</summary>
    public IReadOnlyList<Finding> Filter(IReadOnlyList<Finding> findings) =>
        Suppressions.Count == 0 ? findings : [.. findings.Where(f => !IsSuppressed(f))];

    /// <summary>The findings a comment suppresses, in their order.</summary>
    public IReadOnlyList<Finding> Suppressed(IEnumerable<Finding> findings) =>
        Suppressions.Count == 0 ? [] : [.. findings.Where(IsSuppressed)];

    private static TextSpan LineSpan(string text, LineMap lines, int line)
    {
        int start = lines.LineStart(line);
        int end = line < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
        return TextSpan.FromBounds(start, end);
    }
}
