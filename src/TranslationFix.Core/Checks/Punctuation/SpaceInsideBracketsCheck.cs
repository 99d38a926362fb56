using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A space just inside brackets or curly quotes, as MT leaves them: "( @handle )", "[ 1 ]",
/// "“ text ”", "said carefully. ”". English typography has none. Only pairs on one line with both
/// inner spaces, or a closing quote after a sentence end; an ellipsis before a quote ("… ”", ". . . ”"),
/// empty pairs ("( )", Markdown's "[ ]") and code are left alone.
/// </summary>
public sealed partial class SpaceInsideBracketsCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.space-inside-brackets", "Space inside brackets or quotes", Severity.Warning,
        "A space just inside brackets or curly quotes ('( @handle )', '[ 1 ]', '“ text ”', 'said. ”'); removed. Ellipses, empty pairs and code stay.",
        priority: 21);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"(?<open>[(\[“]) (?<inner>[^\s()\[\]“”](?:[^()\[\]“”\n]*[^\s()\[\]“”.])?) (?<close>[)\]”])", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedPair();

    [GeneratedRegex(@"(?<=(?<![.…] ?)\p{Ll}{2,}[.,!?]) ”(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeClosingQuote();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;
        string text = document.Text;
        foreach (Match m in SpacedPair().Matches(text))
        {
            char open = m.Groups["open"].Value[0], close = m.Groups["close"].Value[0];
            if (open == '(' != (close == ')') || open == '[' != (close == ']') || open == '“' != (close == '”')) continue;
            if (document.IsProtected(m.Index, m.Length) || !ScriptMix.IsLatinLine(text, m.Index)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index + 1, 1), $"space after '{open}'", "");
            yield return context.Report(Rule, document, new TextSpan(m.Index + m.Length - 2, 1), $"space before '{close}'", "");
        }
        foreach (Match m in SpaceBeforeClosingQuote().Matches(text))
        {
            if (document.IsProtected(m.Index, m.Length) || !ScriptMix.IsLatinLine(text, m.Index)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, 1), "space before the closing quotation mark", "");
        }
    }
}
