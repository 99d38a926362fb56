using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// Page furniture that aggregator sites put before or after an article: "View Original", a
/// disclaimer, share bars (Reward / Comment / Repost / Share), comment widgets ("0/400", "No
/// comments"), app-download prompts and language menus. Found by structure: a run of short,
/// UI-like lines at the very start or end of the text, bounded by lines that are evidently page
/// furniture (a known phrase, a counter, a language name). The whole block goes in one fix. A long
/// line that is not furniture ends the run, so a paragraph of the article is never removed.
/// </summary>
public sealed partial class ScrapedBoilerplateCheck : ICheck
{
    public static readonly RuleDescriptor FooterRule = new("boilerplate.scraped-footer", "Scraped page footer", Severity.Warning,
        "A block of page furniture after the article (View Original, disclaimer, share bar, comment widget, app prompt, language menu); removed as a whole.",
        priority: 60);

    public static readonly RuleDescriptor HeaderRule = new("boilerplate.scraped-header", "Scraped page header", Severity.Warning,
        "A block of page furniture before the article (share bar, app prompt, language menu, ...); removed as a whole.",
        priority: 60);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [FooterRule, HeaderRule];

    // A line that is only one of these (after bullets and counts are stripped) is a UI control.
    private static readonly HashSet<string> UiWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reward", "comment", "comments", "repost", "share", "like", "likes", "collect", "favorite", "favourite", "report",
        "follow", "subscribe", "community", "reply", "forward", "tweet", "copy link", "qrcode", "qr code", "login", "log in",
        "sign up", "sign in", "register", "download", "download app", "open app", "back to top", "print", "email",
        "no comments", "no comments yet", "view original", "read original", "original link", "read more", "see more",
        "disclaimer", "related articles", "related reading", "related news", "recommended", "recommended reading", "more", "top",
        "home", "share to", "share this", "share on", "follow us", "wechat", "weibo", "twitter", "facebook", "linkedin", "telegram",
        "whatsapp", "x (twitter)", "end", "- end -", "recommended for you", "hot news", "latest news", "recommend",
        "previous", "next", "previous article", "next article", "previous post", "next post",
    };

    // Phrases that mark a longer line as furniture wherever they occur in it: none of them is
    // something an article says in passing ("no comments" is, so it only counts as a whole line).
    private static readonly string[] Phrases =
    [
        "view original", "read the original", "original link", "third-party content", "not representations",
        "see disclaimer", "for information purposes only", "scan to download", "scan the qr code", "download the app",
        "open in app", "all rights reserved", "be the first to comment", "follow us on", "copyright ©", "© 20",
        "qr code", "long press to", "if there is any infringement", "contact us to delete", "please indicate the source",
        "risk warning:", "copyright belongs to the original author", "post a comment", "leave a comment", "leave a reply",
        "translation is provided by third-party software", "does not constitute any investment advice",
        "does not constitute investment advice", "for informational or educational purposes only",
    ];

    [GeneratedRegex(@"^\d+\s*/\s*\d+$|^\d+(\.\d+)?[kKwW万]?\s*(comments?|likes?|shares?|views?|reposts?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    private const int ShortLineChars = 60;
    private const int ShortLineWords = 8;

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        var lines = TextLines.Spans(document.Text).Where(l => !document.Text.AsSpan(l.Start, l.Length).IsWhiteSpace()).ToList();
        if (lines.Count < 2) yield break;
        var footer = FindBlock(document.Text, lines, fromEnd: true);
        if (footer is { } f) yield return Report(document, context, lines, f, FooterRule);
        var header = FindBlock(document.Text, lines, fromEnd: false);
        if (header is { } h && (footer is null || h.Last < footer.Value.First)) yield return Report(document, context, lines, h, HeaderRule);
    }

    /// <summary>The block's first and last line (indexes into the non-blank lines), or null.</summary>
    private static (int First, int Last)? FindBlock(string text, List<TextSpan> lines, bool fromEnd)
    {
        int step = fromEnd ? -1 : 1;
        int i = fromEnd ? lines.Count - 1 : 0;
        int firstEvidence = -1, lastEvidence = -1, evidence = 0;
        bool strong = false;
        for (; i >= 0 && i < lines.Count; i += step)
        {
            // A line this long is a paragraph of the article (disclaimers run to a few hundred characters).
            if (lines[i].Length > MaxFurnitureLineChars) break;
            string line = Normalise(text.Substring(lines[i].Start, lines[i].Length));
            // A code fence belongs to the text: furniture never sits inside or around code.
            var kind = line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal)
                ? LineKind.Article
                : IsNeighbourLink(text.Substring(lines[i].Start, lines[i].Length).Trim()) ? LineKind.Phrase : Classify(line);
            // Headlines of related articles sit at the foot of a page; on top, a line that long is the article's.
            if (kind == LineKind.Headline) kind = fromEnd ? LineKind.Neutral : LineKind.Article;
            if (kind == LineKind.Article) break;
            if (kind == LineKind.Neutral) continue;
            evidence++;
            strong |= kind == LineKind.Phrase;
            if (firstEvidence < 0) firstEvidence = i;
            lastEvidence = i;
        }
        // One UI word or one language name could be the article's; a phrase or two signs are not.
        // A header needs two signs in any case: a lone copyright line on top is a licence's.
        if (evidence == 0 || ((!strong || !fromEnd) && evidence < 2)) return null;
        int first = Math.Min(firstEvidence, lastEvidence), last = Math.Max(firstEvidence, lastEvidence);
        // A footer reaches the end of the text through short lines only: take them too. A header
        // keeps the short lines before its first sign, which may be the article's title.
        if (fromEnd) last = lines.Count - 1;
        // Never the whole text: at least one line of article must be left on the other side.
        if (fromEnd ? first == 0 : last == lines.Count - 1) return null;
        bool separate = fromEnd ? IsParagraphBreak(text, lines[first - 1], lines[first]) : IsParagraphBreak(text, lines[last], lines[last + 1]);
        return separate ? (first, last) : null;
    }

    // The block must not start or end inside a wrapped paragraph ("software that is\ncopyright (c) ..."):
    // a blank line, a line that ends a sentence, or a line that starts a new one marks the break.
    private static bool IsParagraphBreak(string text, TextSpan before, TextSpan after)
    {
        if (text.AsSpan(before.End, after.Start - before.End).Count('\n') >= 2) return true;
        var last = text.AsSpan(before.Start, before.Length).TrimEnd();
        var next = text.AsSpan(after.Start, after.Length).TrimStart();
        return last.Length > 0 && last[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or ')' or ']' or '*'
            || next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '•' or '#' or '“' or '"' or '*' or '-');
    }

    private static Finding Report(Document document, CheckContext context, List<TextSpan> lines, (int First, int Last) block, RuleDescriptor rule)
    {
        string text = document.Text;
        TextSpan span = rule == FooterRule
            // From the end of the last article line, so the text ends where the article does.
            ? TextSpan.FromBounds(lines[block.First - 1].End, lines[block.Last].End)
            // Up to the start of the first article line, so the text starts where the article does.
            : TextSpan.FromBounds(lines[block.First].Start, lines[block.Last + 1].Start);
        int count = block.Last - block.First + 1;
        string first = text.Substring(lines[block.First].Start, lines[block.First].Length).Trim();
        return context.Report(rule, document, span,
            $"scraped page furniture ({count} line{(count == 1 ? "" : "s")} from '{Shorten(first)}'): removed", "");
    }

    private enum LineKind { Article, Neutral, Headline, Ui, Phrase, Language }

    private const int HeadlineChars = 90;
    private const int HeadlineWords = 14;

    private const int MaxFurnitureLineChars = 600;

    // "<<: Previous headline", ">>: Next headline": links to the neighbouring articles, quotes and all.
    private static bool IsNeighbourLink(string line)
    {
        string lower = line.ToLowerInvariant();
        return lower.StartsWith("<<:") || lower.StartsWith(">>:") || lower.StartsWith("previous:") || lower.StartsWith("next:")
            || lower.StartsWith("previous article:") || lower.StartsWith("next article:");
    }

    private static LineKind Classify(string line)
    {
        string lower = line.ToLowerInvariant();
        // Furniture never quotes anyone: a line with quotation marks is the article's.
        bool quoted = line.AsSpan().ContainsAny("\"“”«»„");
        if (!quoted && (lower.StartsWith("disclaimer") || lower.StartsWith("copyright") || Phrases.Any(p => lower.Contains(p, StringComparison.Ordinal))))
            return LineKind.Phrase;
        if (UiWords.Contains(lower.TrimEnd(':', '.')) || Counter().IsMatch(line)) return LineKind.Ui;
        if (LanguageNames.IsLanguageName(line)) return LineKind.Language;
        int words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        bool truncated = line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…');
        bool sentence = line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' && words > 3;
        if (line.Length <= ShortLineChars && words <= ShortLineWords && !sentence) return LineKind.Neutral;
        // A link title in a list of related articles (cut short with "..." or not): no sentence end, not much longer than a headline.
        return line.Length <= HeadlineChars && words <= HeadlineWords && (!sentence || truncated) && !line.EndsWith(',') ? LineKind.Headline : LineKind.Article;
    }

    // Bullets and list marks say nothing about what a line is.
    private static string Normalise(string line) => line.Trim().Trim('•', '·', '-', '*', '|', '>', ' ', '\t', '—');

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
