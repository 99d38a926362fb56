using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Markdown;

/// <summary>
/// Strong emphasis broken by MT spacing: "**01 Title? **" or "** Title**". With a space inside the
/// delimiter Markdown no longer renders bold, so the space is removed. Looked at in every format,
/// because scraped plain text keeps the asterisks too. Single * (lists, italics) is left alone,
/// and so are headings, links and lines whose ** do not pair up.
/// </summary>
public sealed class EmphasisSpacingCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("markdown.emphasis-spacing", "Broken emphasis", Severity.Warning,
        "White space just inside a ** or __ emphasis delimiter ('**Title? **'), which stops Markdown from rendering it; the space is removed.",
        priority: 30);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        if (!text.Contains("**", StringComparison.Ordinal) && !text.Contains("__", StringComparison.Ordinal)) yield break;
        foreach (var line in TextLines.Spans(text))
        {
            foreach (var finding in AnalyzeLine(document, context, line, "**").Concat(AnalyzeLine(document, context, line, "__")))
                yield return finding;
        }
    }

    private IEnumerable<Finding> AnalyzeLine(Document document, CheckContext context, TextSpan line, string delimiter)
    {
        string text = document.Text;
        var marks = new List<int>();
        int i = text.IndexOf(delimiter, line.Start, line.Length, StringComparison.Ordinal);
        while (i >= 0)
        {
            int from = i + 2;
            if (from < line.End && text[from] == delimiter[0])
            {
                while (from < line.End && text[from] == delimiter[0]) from++;   // *** or longer: not ours
            }
            else if (!document.IsProtected(i, 2)) marks.Add(i);
            i = from < line.End ? text.IndexOf(delimiter, from, line.End - from, StringComparison.Ordinal) : -1;
        }
        if (marks.Count == 0 || marks.Count % 2 == 1) yield break;
        bool wholeLine = text.AsSpan(line.Start, marks[0] - line.Start).IsWhiteSpace()
            && text.AsSpan(marks[^1] + 2, line.End - marks[^1] - 2).IsWhiteSpace();
        for (int p = 0; p < marks.Count; p += 2)
        {
            int open = marks[p], close = marks[p + 1];
            int innerStart = open + 2, innerEnd = close;
            int contentStart = innerStart, contentEnd = innerEnd;
            while (contentStart < innerEnd && text[contentStart] is ' ' or '\t') contentStart++;
            while (contentEnd > contentStart && text[contentEnd - 1] is ' ' or '\t') contentEnd--;
            if (contentStart == contentEnd) continue;                                   // "** **"
            bool spacedOpen = contentStart > innerStart, spacedClose = contentEnd < innerEnd;
            if (!spacedOpen && !spacedClose) continue;
            // Spaced on both sides ("2 ** 3") is emphasis only when it is the whole line.
            if (spacedOpen && spacedClose && !(wholeLine && marks.Count == 2)) continue;
            if (spacedOpen && !IsLeftFlankOk(text, open) || spacedClose && !IsRightFlankOk(text, close + 2, line.End)) continue;
            if (spacedOpen)
                yield return context.Report(Rule, document, TextSpan.FromBounds(innerStart, contentStart),
                    $"space after the opening '{delimiter}' breaks the emphasis", "");
            if (spacedClose)
                yield return context.Report(Rule, document, TextSpan.FromBounds(contentEnd, innerEnd),
                    $"space before the closing '{delimiter}' breaks the emphasis", "");
        }
    }

    // The opening delimiter must start a word group, the closing one must end it.
    private static bool IsLeftFlankOk(string text, int open) => open == 0 || !char.IsLetterOrDigit(text[open - 1]);

    private static bool IsRightFlankOk(string text, int after, int lineEnd) =>
        after >= lineEnd || !char.IsLetterOrDigit(text[after]);
}
