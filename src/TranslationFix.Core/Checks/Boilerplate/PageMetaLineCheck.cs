using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// A line of page metadata that a scraper kept: a date with a view counter ("2024-08-12 · 1,204
/// views", "Release date: [2021/7/27] Read total of [292] times", "2022-06-24 0 By"), a date with the
/// site's name left in Chinese ("某某财经2025-06-27 08:20"), or a reading-time line with a word count
/// ("about 4,000 words, 6 minutes to read"). Removed as a whole line. A dateline with a source or an
/// update time ("2025-01-18 08:55 Last Updated At:09:00", "Source: Xinhua") is the article's and
/// stays, as does a bare "Reading time: 2 minutes".
/// </summary>
public sealed partial class PageMetaLineCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("boilerplate.page-meta", "Scraped date and counter line", Severity.Warning,
        "A line that is only a date with a view counter, a site name in Chinese, or a word-count reading time ('2024-08-12 · 1,204 views'); removed as a whole line.",
        priority: 60);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|\d{1,2}:\d\d(?::\d\d)?", RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"\b\d[\d,]*\s*(words|characters)\b.*\b\d+\s*(minutes?|mins?)\b|\b\d+\s*(minutes?|mins?)\b.*\b\d[\d,]*\s*(words|characters)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordCountReadingTime();

    [GeneratedRegex(@"[\p{L}]+|\d[\d,.]*[kKwW万]?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    // Labels of a metadata line; anything else is a word of the article.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "views", "view", "reads", "read", "readed", "reading", "times", "total", "of", "release", "released", "date",
        "published", "publish", "time", "via", "by", "comments", "comment", "likes", "like", "pv", "clicks", "hits", "visits",
        "visitors", "browse", "browsed", "author", "editor", "from",
    };

    private static readonly HashSet<string> CounterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "views", "view", "reads", "read", "readed", "times", "pv", "clicks", "hits", "visits", "visitors", "browse", "browsed", "likes", "comments",
    };

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var lines = FurnitureLines.NonBlank(text);
        if (lines.Count < 2) yield break;
        var meta = lines.Select(l => l.Length <= 120 && IsMetaLine(text.Substring(l.Start, l.Length))).ToArray();
        var dated = lines.Select(l => Date().IsMatch(text.AsSpan(l.Start, l.Length))).ToArray();
        for (int i = 0; i < lines.Count; i++)
        {
            // Dated rows one after another are a table or a list of data, not furniture.
            bool row = dated[i] && (i > 0 && meta[i - 1] && dated[i - 1] || i + 1 < lines.Count && meta[i + 1] && dated[i + 1]);
            if (!meta[i] || row || document.IsProtected(lines[i])) continue;
            yield return context.Report(Rule, document, FurnitureLines.RemovalSpan(text, lines[i]),
                $"page metadata line '{text.Substring(lines[i].Start, lines[i].Length).Trim()}': removed", "");
        }
    }

    private static bool IsMetaLine(string line)
    {
        if (line.Contains('|')) return false;
        if (WordCountReadingTime().IsMatch(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14) return true;
        if (!Date().IsMatch(line)) return false;
        string rest = DateOrTime().Replace(line, " ");
        bool counter = false, cjk = false;
        int otherWords = 0;
        foreach (Match token in Token().Matches(rest))
        {
            string t = token.Value;
            if (char.IsDigit(t[0])) { counter = true; continue; }
            if (t.Any(Punctuation.ScriptMix.IsCjk)) { cjk = true; continue; }
            if (CounterWords.Contains(t)) counter = true;
            if (!Labels.Contains(t)) otherWords++;
        }
        return (counter || cjk && otherWords == 0) && otherWords <= 1;
    }
}
