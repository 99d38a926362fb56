using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// Space between a word and the punctuation after it ("growth , but", "why ?"). French puts a
/// space before ; : ! and ? on purpose, so in French text only "," and "." are looked at.
/// </summary>
public sealed class SpaceBeforePunctuationCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.space-before", "Space before punctuation", Severity.Warning,
        "White space between a word and the comma, period, colon, semicolon, question or exclamation mark after it; the space is removed (French ; : ! ? are left alone).",
        priority: 20);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        bool french = document.Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        for (int i = 1; i < text.Length; i++)
        {
            // One plain space: tabs and runs of spaces line up columns, they are not MT slips.
            if (text[i] != ' ' || text[i - 1] is ' ' or '\t') continue;
            int end = i + 1;
            if (end >= text.Length) break;
            char mark = text[end];
            if (mark is not (',' or '.' or ';' or ':' or '!' or '?')) { i = end - 1; continue; }
            if (french && mark is not (',' or '.')) continue;
            if (mark == ':' && char.IsDigit(text[i - 1])) continue;                 // a ratio: 3 : 1
            if (!IsWordEnd(text[i - 1]) || !EndsClause(text, end + 1) || IsSpacedEllipsis(text, end)) continue;
            if (mark is '.' or '?' or '!' && !NextStartsSentence(text, end + 1)) continue;      // "remove the ? from it"
            var span = TextSpan.FromBounds(i, end);
            if (document.IsProtected(TextSpan.FromBounds(i - 1, end + 1))) continue;
            yield return context.Report(Rule, document, span, $"space before '{mark}'", "");
            i = end;
        }
    }

    // Only after a word: ". . ." (a spaced ellipsis) and "? !" are not this rule's business.
    private static bool IsWordEnd(char c) => char.IsLetterOrDigit(c) || c is '%' or ')' or ']' or '”' or '’' or '"';

    private static bool NextStartsSentence(string text, int after)
    {
        while (after < text.Length && text[after] is ' ' or '\t' or '"' or '”' or '’' or '*') after++;
        return after >= text.Length || text[after] is '\r' or '\n' || char.IsUpper(text[after]) || char.IsDigit(text[after])
            || text[after] is '“' or '"' or '(';
    }

    private static bool IsSpacedEllipsis(string text, int dot) =>
        text[dot] == '.' && dot + 2 < text.Length && text[dot + 1] == ' ' && text[dot + 2] == '.';

    // The mark must end something: ".NET", ":)" and "1 ,000" are not stray punctuation.
    private static bool EndsClause(string text, int after) =>
        after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] is '”' or '’' or '"' or '*';
}
