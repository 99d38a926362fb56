using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Reporting.Html;

/// <summary>
/// The article as track changes: every paragraph with its proposed changes in place (deleted and
/// inserted words), the flags marked, and beside it the notes (rule and reason) and, when the
/// document has one, its source. With <c>interactive</c> each change carries accept and reject
/// buttons; the page's script only toggles classes, so a long article never re-renders.
/// </summary>
public static class ArticleHtml
{
    private static readonly IChunker Words = new WordChunker();

    public static void Write(StringBuilder html, Document document, ChangeList changes, bool interactive)
    {
        var pairs = document.Source is { } source ? SegmentAligner.Align(source.Text, document.Text, source.Alignment).Pairs : null;
        var (marks, badges) = PlaceFlags(changes);
        string sourceClass = pairs is null ? "" : " with-source";
        html.Append("<div class=\"article").Append(sourceClass).Append("\">\n");
        foreach (var block in Blocks(document, changes, marks))
        {
            string? blockSource = pairs is null ? null : SourceOf(pairs, block);
            html.Append("<div class=\"row\">");
            if (pairs is not null)
                html.Append("<div class=\"source\" lang=\"").Append(Encode(document.Source!.Language ?? "")).Append("\">").Append(Encode(blockSource ?? "")).Append("</div>");
            html.Append("<div class=\"text\">");
            WriteText(html, changes, marks, badges, block, interactive);
            html.Append("</div><div class=\"notes\">");
            WriteNotes(html, changes, marks, badges, block, blockSource);
            html.Append("</div></div>\n");
        }
        html.Append("</div>\n");
    }

    /// <summary>The rule ids of the changes, with how many changes each has, most first.</summary>
    public static IEnumerable<(string Rule, int Count)> RuleCounts(ChangeList changes) =>
        changes.Changes.GroupBy(c => c.RuleId).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal);

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    // A flag is marked where it is unless it overlaps a change or an earlier mark; then it is a
    // badge after what it overlaps (its note still says what it covers).
    private static (List<(int Id, Finding Flag)> Marks, Dictionary<int, List<(int Id, Finding Flag)>> Badges) PlaceFlags(ChangeList changes)
    {
        var marks = new List<(int, Finding)>();
        var badges = new Dictionary<int, List<(int, Finding)>>();
        int lastMarkEnd = -1;
        for (int id = 0; id < changes.Flags.Count; id++)
        {
            var flag = changes.Flags[id];
            var covering = changes.Changes.FirstOrDefault(c => Touches(c.Span, flag.Span));
            if (covering is null && flag.Span.Start >= lastMarkEnd && flag.Span.Length > 0)
            {
                marks.Add((id, flag));
                lastMarkEnd = flag.Span.End;
                continue;
            }
            int at = covering?.Span.End ?? Math.Max(flag.Span.Start, lastMarkEnd);
            if (!badges.TryGetValue(at, out var list)) badges[at] = list = [];
            list.Add((id, flag));
        }
        return (marks, badges);
    }

    private static bool Touches(TextSpan change, TextSpan flag) =>
        change.Length == 0 ? flag.Contains(change.Start) : change.Overlaps(flag);

    // Paragraphs, merged where a change or mark reaches across the blank line between them; a
    // change that lies wholly between paragraphs gets a block of its own.
    private static List<TextSpan> Blocks(Document document, ChangeList changes, List<(int Id, Finding Flag)> marks)
    {
        var spans = document.Paragraphs.Concat(changes.Changes.Select(c => c.Span)).Concat(marks.Select(m => m.Flag.Span))
            .OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
        var blocks = new List<TextSpan>();
        foreach (var span in spans)
        {
            if (blocks.Count > 0 && span.Start <= blocks[^1].End && (span.Start < blocks[^1].End || !IsParagraphStart(document, span)))
                blocks[^1] = TextSpan.FromBounds(blocks[^1].Start, Math.Max(blocks[^1].End, span.End));
            else blocks.Add(span);
        }
        return blocks;
    }

    private static bool IsParagraphStart(Document document, TextSpan span) =>
        document.Paragraphs.Any(p => p.Start == span.Start);

    private static string? SourceOf(IReadOnlyList<SegmentPair> pairs, TextSpan block)
    {
        var parts = pairs.Where(p => p.Target.Start < block.End && block.Start < p.Target.End).Select(p => p.Source).ToList();
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private static void WriteText(StringBuilder html, ChangeList changes, List<(int Id, Finding Flag)> marks,
        Dictionary<int, List<(int Id, Finding Flag)>> badges, TextSpan block, bool interactive)
    {
        string text = changes.Text;
        var items = changes.Changes.Select((c, i) => (Span: c.Span, Change: i, Flag: -1))
            .Concat(marks.Select(m => (Span: m.Flag.Span, Change: -1, Flag: m.Id)))
            .Where(x => x.Span.Start >= block.Start && x.Span.End <= block.End)
            .OrderBy(x => x.Span.Start).ThenBy(x => x.Span.Length).ToList();
        int at = block.Start;
        WriteBadges(html, badges, at);
        foreach (var item in items)
        {
            WritePlain(html, text, at, item.Span.Start, badges);
            if (item.Change >= 0) WriteChange(html, item.Change, changes.Changes[item.Change], interactive);
            else
            {
                var flag = changes.Flags[item.Flag];
                html.Append("<mark class=\"flag\" data-flag-id=\"").Append(item.Flag).Append("\" title=\"").Append(Encode($"{flag.RuleId}: {flag.Message}")).Append("\">")
                    .Append(Encode(flag.Text)).Append("</mark>");
            }
            at = item.Span.End;
            WriteBadges(html, badges, at);
        }
        WritePlain(html, text, at, block.End, badges);
        if (at < block.End) WriteBadges(html, badges, block.End);
    }

    private static void WritePlain(StringBuilder html, string text, int from, int to, Dictionary<int, List<(int Id, Finding Flag)>> badges)
    {
        int at = from;
        foreach (int offset in badges.Keys.Where(k => k > from && k < to).Order())
        {
            html.Append(Encode(text[at..offset]));
            WriteBadges(html, badges, offset);
            at = offset;
        }
        html.Append(Encode(text[at..to]));
    }

    private static void WriteBadges(StringBuilder html, Dictionary<int, List<(int Id, Finding Flag)>> badges, int offset)
    {
        if (!badges.TryGetValue(offset, out var list)) return;
        foreach (var (id, flag) in list)
            html.Append("<span class=\"flag badge\" data-flag-id=\"").Append(id).Append("\" title=\"").Append(Encode($"{flag.RuleId}: {flag.Message}")).Append("\">⚑</span>");
    }

    private static void WriteChange(StringBuilder html, int id, Finding change, bool interactive)
    {
        html.Append("<span class=\"chg\" data-change-id=\"").Append(id).Append("\" data-rule=\"").Append(Encode(change.RuleId))
            .Append("\" title=\"").Append(Encode($"{change.RuleId}: {change.Message}")).Append("\">");
        foreach (var (kind, piece) in WordDiff(change.Text, change.Replacement!))
        {
            if (kind == ' ') html.Append(Encode(piece));
            else html.Append(kind == '-' ? "<del>" : "<ins>").Append(Encode(piece)).Append(kind == '-' ? "</del>" : "</ins>");
        }
        if (interactive)
            html.Append("<span class=\"tools\"><button type=\"button\" data-action=\"accept\" title=\"Accept (a)\">✓</button>")
                .Append("<button type=\"button\" data-action=\"reject\" title=\"Reject (r)\">✗</button></span>");
        html.Append("</span>");
    }

    /// <summary>
    /// The change as kept, deleted and inserted pieces: a word diff (DiffPlex) when the two sides
    /// share words, so "Ali Baba Group" → "Alibaba Group" shows only the words that change.
    /// </summary>
    public static IReadOnlyList<(char Kind, string Text)> WordDiff(string before, string after)
    {
        var whole = new List<(char, string)>();
        if (before.Length > 0) whole.Add(('-', before));
        if (after.Length > 0) whole.Add(('+', after));
        if (before.Length == 0 || after.Length == 0) return whole;

        var diff = Differ.Instance.CreateDiffs(before, after, false, false, Words);
        var pieces = new List<(char, string)>();
        int old = 0;
        bool shared = false;
        foreach (var block in diff.DiffBlocks)
        {
            shared |= Keep(pieces, diff.PiecesOld, old, block.DeleteStartA);
            Add(pieces, '-', diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, '+', diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            old = block.DeleteStartA + block.DeleteCountA;
        }
        shared |= Keep(pieces, diff.PiecesOld, old, diff.PiecesOld.Count);
        return shared ? pieces : whole;
    }

    private static bool Keep(List<(char, string)> pieces, IReadOnlyList<string> words, int from, int to)
    {
        if (to <= from) return false;
        string kept = string.Concat(words.Skip(from).Take(to - from));
        pieces.Add((' ', kept));
        return kept.Any(char.IsLetterOrDigit);
    }

    private static void Add(List<(char, string)> pieces, char kind, IReadOnlyList<string> words, int start, int count)
    {
        if (count > 0) pieces.Add((kind, string.Concat(words.Skip(start).Take(count))));
    }

    private static void WriteNotes(StringBuilder html, ChangeList changes, List<(int Id, Finding Flag)> marks,
        Dictionary<int, List<(int Id, Finding Flag)>> badges, TextSpan block, string? blockSource)
    {
        for (int id = 0; id < changes.Changes.Count; id++)
        {
            var change = changes.Changes[id];
            if (change.Span.Start < block.Start || change.Span.End > block.End) continue;
            html.Append("<div class=\"note\" data-note-for=\"").Append(id).Append("\"><span class=\"rule\">").Append(Encode(change.RuleId))
                .Append("</span> ").Append(Encode(change.Message));
            WriteSourceSays(html, change, blockSource);
            html.Append("</div>");
        }
        var flagsHere = marks.Where(m => m.Flag.Span.Start >= block.Start && m.Flag.Span.End <= block.End)
            .Concat(badges.Where(b => b.Key >= block.Start && b.Key <= block.End).SelectMany(b => b.Value))
            .DistinctBy(f => f.Id).OrderBy(f => f.Id);
        foreach (var (id, flag) in flagsHere)
        {
            html.Append("<div class=\"note flag-note\" data-flag-note-for=\"").Append(id).Append("\"><span class=\"rule\">⚑ ").Append(Encode(flag.RuleId))
                .Append("</span> <q>").Append(Encode(flag.Text)).Append("</q> ").Append(Encode(flag.Message));
            WriteSourceSays(html, flag, blockSource);
            html.Append("</div>");
        }
    }

    // Source-aware rules compare the translation with its source: show what the source says.
    private static void WriteSourceSays(StringBuilder html, Finding finding, string? blockSource)
    {
        if (blockSource is null || !finding.RuleId.Contains("source", StringComparison.Ordinal)) return;
        html.Append("<div class=\"source-says\">Source: ").Append(Encode(blockSource)).Append("</div>");
    }
}
