using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A double quotation mark with no partner in its paragraph. The marks depend on the language:
/// “…” in English, „…“ in German, «…» in French. A quotation running on into the next paragraph
/// (which then opens with a quotation mark, as newspapers do) is not unbalanced. Flag only.
/// </summary>
public sealed class UnbalancedQuoteCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.unbalanced-quote", "Unbalanced quotation mark", Severity.Warning,
        "An opening or closing double quotation mark without its partner in the same paragraph (“ ” in English, „ “ in German, « » in French, or an odd number of \"); flagged for an editor.");

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var (opener, closer) = QuotesOf(document.Language);
        var findings = new List<Finding>();
        var paragraphs = document.Paragraphs;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            bool runsOn = p + 1 < paragraphs.Count && OpensWithQuote(text, paragraphs[p + 1], opener);
            int open = -1, straightCount = 0, lastStraight = -1;
            for (int i = paragraph.Start; i < paragraph.End; i++)
            {
                char c = text[i];
                if ((c != opener && c != closer && c != '"') || document.IsProtected(i, 1)) continue;
                if (c == '"')
                {
                    if (i > 0 && char.IsDigit(text[i - 1])) continue;   // inches: a 27" screen
                    straightCount++;
                    lastStraight = i;
                }
                else if (c == opener)
                {
                    if (open >= 0) findings.Add(Unclosed(document, context, open));
                    open = i;
                }
                else if (open >= 0) open = -1;
                else findings.Add(context.Report(Rule, document, new TextSpan(i, 1), $"closing '{c}' without an opening '{opener}'"));
            }
            if (open >= 0 && !runsOn) findings.Add(Unclosed(document, context, open));
            if (straightCount % 2 == 1 && !(runsOn && text[paragraphs[p + 1].Start] == '"'))
                findings.Add(context.Report(Rule, document, new TextSpan(lastStraight, 1), "odd number of '\"' in this paragraph"));
        }
        return findings;
    }

    private static Finding Unclosed(Document document, CheckContext context, int at) =>
        context.Report(Rule, document, new TextSpan(at, 1), $"'{document.Text[at]}' is never closed in its paragraph");

    private static bool OpensWithQuote(string text, TextSpan paragraph, char opener) =>
        paragraph.Length > 0 && (text[paragraph.Start] == opener || text[paragraph.Start] == '"');

    private static (char Opener, char Closer) QuotesOf(string language) => language.ToLowerInvariant() switch
    {
        var l when l.StartsWith("de") => ('„', '“'),
        var l when l.StartsWith("fr") => ('«', '»'),
        _ => ('“', '”'),
    };
}
