using System.Text.RegularExpressions;

namespace TranslationFix.Core.Text;

/// <summary>
/// Finds the parts of a text that no check may touch: URLs, e-mail addresses, HTML tags and
/// comments, and (in Markdown) code blocks, code spans and link targets.
/// </summary>
public static partial class ProtectedRegionScanner
{
    [GeneratedRegex(@"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>""'`，。）]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"<!--.*?-->|</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^[ \t]{0,3}(```+|~~~+)[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\z)", RegexOptions.Singleline | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"(`+)[^`].*?\1", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\([^)\s]*(?:\s+""[^""]*"")?\)|^\s{0,3}\[[^\]]+\]:\s*\S+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTarget();

    private static readonly char[] TrailingUrlPunctuation = ['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '"', '’', '”'];

    public static IReadOnlyList<TextSpan> Scan(string text, DocumentFormat format)
    {
        var spans = new List<TextSpan>();
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in Url().Matches(text))
            {
                int length = m.Value.TrimEnd(TrailingUrlPunctuation).Length;
                spans.Add(new TextSpan(m.Index, length));
            }
        }
        if (text.Contains('@')) Add(spans, Email(), text);
        if (text.Contains('<')) Add(spans, HtmlTag(), text);
        if (text.Contains('`'))
        {
            Add(spans, FencedCode(), text);
            Add(spans, CodeSpan(), text);
        }
        if (format == DocumentFormat.Markdown)
        {
            if (text.Contains("~~~", StringComparison.Ordinal)) Add(spans, FencedCode(), text);
            Add(spans, LinkTarget(), text);
        }
        return Merge(spans);
    }

    private static void Add(List<TextSpan> spans, Regex regex, string text)
    {
        foreach (Match m in regex.Matches(text))
            spans.Add(new TextSpan(m.Index, m.Length));
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (span.Length == 0) continue;
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
            }
            else merged.Add(span);
        }
        return merged;
    }
}
