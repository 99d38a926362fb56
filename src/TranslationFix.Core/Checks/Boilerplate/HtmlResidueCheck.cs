using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// HTML that MT broke and left in the text: tags it spaced apart ("&lt; p &gt; &lt; p &gt; according
/// to", which no browser reads as a tag) and entities that lost their ampersand ("ldquo;", "rsquo;",
/// "nbsp;"). The spaced tags are removed (and a sentence they opened gets its capital back); the
/// entities become their characters. Real tags ("&lt;p&gt;") and intact entities are left alone.
/// </summary>
public sealed partial class HtmlResidueCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("boilerplate.html-residue", "Broken HTML left in the text", Severity.Warning,
        "HTML broken by MT: spaced tags ('< p >') are removed, entities without their '&' ('ldquo;') become their characters. Real tags stay.",
        priority: 40);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"(?:< ?/? ?(?:p|br|div|span|strong|em|h[1-6]|li) ?/? ?> ?)+(?<first>\p{Ll})?", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedTags();

    [GeneratedRegex(@"(?<![&\p{L}])(?<name>ldquo|rdquo|lsquo|rsquo|nbsp|mdash|ndash|hellip);", RegexOptions.CultureInvariant)]
    private static partial Regex BareEntity();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        foreach (Match m in SpacedTags().Matches(text))
        {
            // "<p>" written whole is a tag (protected, or the writer's markup); only a spaced one is residue.
            if (!m.Value.Contains("< ", StringComparison.Ordinal) && !m.Value.Contains(" >", StringComparison.Ordinal)) continue;
            if (document.IsProtected(m.Index, m.Length)) continue;
            var first = m.Groups["first"];
            string replacement = first.Success && StartsSentence(text, m.Index) ? first.Value.ToUpperInvariant() : first.Value;
            yield return context.Report(Rule, document, new TextSpan(m.Index, m.Length), "HTML tag broken by MT: removed", replacement);
        }
        foreach (Match m in BareEntity().Matches(text))
        {
            if (document.IsProtected(m.Index, m.Length)) continue;
            string replacement = m.Groups["name"].Value switch
            {
                "ldquo" => "“", "rdquo" => "”", "lsquo" => "‘", "rsquo" => "’", "nbsp" => " ", "mdash" => "—", "ndash" => "–", _ => "…",
            };
            int start = m.Index, length = m.Length;
            // "dear, rdquo;": the closing quote sits on the word before.
            if (replacement is "”" or "’" && start > 0 && text[start - 1] == ' ') { start--; length++; }
            // "ldquo; Raw": the opening quote sits on the next word.
            if (replacement is "“" or "‘" && start + length < text.Length && text[start + length] == ' ') length++;
            yield return context.Report(Rule, document, new TextSpan(start, length), $"HTML entity '{m.Value}' without its '&'", replacement);
        }
    }

    private static bool StartsSentence(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '"' or '”';
    }
}
