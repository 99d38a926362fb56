using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A bracket with no partner in its paragraph: MT drops or moves one half of "(CTO)". Flag only:
/// where the missing half belongs is a guess. Enumerators ("a)", "2)") and smileys are not brackets.
/// </summary>
public sealed class UnbalancedBracketCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.unbalanced-bracket", "Unbalanced bracket", Severity.Warning,
        "An opening or closing bracket ( ) [ ] { } without its partner in the same paragraph; flagged for an editor.");

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var findings = new List<Finding>();
        var open = new Stack<int>();
        foreach (var paragraph in document.Paragraphs)
        {
            open.Clear();
            for (int i = paragraph.Start; i < paragraph.End; i++)
            {
                char c = text[i];
                if (c is not ('(' or ')' or '[' or ']' or '{' or '}')) continue;
                if (document.IsProtected(i, 1))
                {
                    // Inside a URL or code nothing is reported, but a Markdown link's "](" still closes its "[".
                    if (open.Count > 0 && c is ')' or ']' or '}' && text[open.Peek()] == OpenerOf(c)) open.Pop();
                    continue;
                }
                if (c is '(' or '[' or '{') { open.Push(i); continue; }
                if (open.Count > 0 && text[open.Peek()] == OpenerOf(c)) { open.Pop(); continue; }
                if (c == ')' && (IsEnumerator(text, i) || IsSmiley(text, i))) continue;
                findings.Add(context.Report(Rule, document, new TextSpan(i, 1), $"'{c}' has no opening '{OpenerOf(c)}' in its paragraph"));
            }
            foreach (int i in open)
                findings.Add(context.Report(Rule, document, new TextSpan(i, 1), $"'{text[i]}' is never closed in its paragraph"));
        }
        return findings;
    }

    private static char OpenerOf(char closer) => closer switch { ')' => '(', ']' => '[', _ => '{' };

    // "a)", "B)", "2)", "iv)" at the start of a line or after a space: a list enumerator.
    private static bool IsEnumerator(string text, int i)
    {
        int start = i;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1])) return false;
        var label = text.AsSpan(start, i - start);
        return label.Length == 1 && char.IsLetter(label[0])
            || label.Length is >= 1 and <= 2 && char.IsDigit(label[0]) && char.IsDigit(label[^1])
            || label.Length is >= 1 and <= 4 && !label.ContainsAnyExcept("ivx");
    }

    private static bool IsSmiley(string text, int i) => i > 0 && text[i - 1] is ':' or ';' or '-' && (i < 2 || text[i - 2] != '(');
}
