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
            if (mark == '.' && AfterFunctionWord(text, i)) continue;                 // "Created on .": a word is missing, not a space too many
            if (mark == ':' && IsLabelLine(text, i, end)) continue;                  // "Read More :": a page's label, written that way
            var span = TextSpan.FromBounds(i, end);
            if (document.IsProtected(TextSpan.FromBounds(i - 1, end + 1))) continue;
            yield return context.Report(Rule, document, span, $"space before '{mark}'", "");
            i = end;
        }
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "at", "by", "in", "of", "the", "a", "an", "to", "for", "from", "with", "and", "or", "as",
    };

    private static bool AfterFunctionWord(string text, int space)
    {
        int start = space;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < space && FunctionWords.Contains(text[start..space]);
    }

    // A short Title Case label that ends its line ("Read More :", "Related Links :").
    private static bool IsLabelLine(string text, int space, int colon)
    {
        int lineStart = space;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
        int after = colon + 1;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        if (after < text.Length && text[after] is not ('\n' or '\r')) return false;
        var words = text[lineStart..space].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => char.IsUpper(w[0]));
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
