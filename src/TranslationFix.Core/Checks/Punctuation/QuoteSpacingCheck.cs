using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// Curly quotation marks glued to the words outside them ("the“AIGC Report”was released"): in
/// Chinese they take no spaces, in English they do. A space is added before “ that follows a letter
/// and after ” that a letter follows. Only in English: German „…“ and French «…» space otherwise.
/// </summary>
public sealed class QuoteSpacingCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.quote-spacing", "Missing space around a quotation", Severity.Warning,
        "An opening “ directly after a word, or a closing ” directly before one ('the“AIGC Report”was'); a space is added. English only.",
        priority: 20);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;
        string text = document.Text;
        for (int i = 1; i + 1 < text.Length; i++)
        {
            char c = text[i];
            bool glued = c == '“' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
                || c == '”' && char.IsLetterOrDigit(text[i + 1]) && IsSentenceChar(text[i - 1]);
            if (!glued || document.IsProtected(i - 1, 3)) continue;
            string replacement = c == '“' ? " “" : "” ";
            yield return context.Report(Rule, document, new TextSpan(i, 1), $"no space {(c == '“' ? "before" : "after")} '{c}'", replacement);
        }
    }

    private static bool IsSentenceChar(char c) => char.IsLetterOrDigit(c) || c is '.' or ',' or '!' or '?';
}
