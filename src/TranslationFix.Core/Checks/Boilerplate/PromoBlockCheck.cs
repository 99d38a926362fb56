using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// A promotional block that a platform puts above (or below) the post: a contest or campaign
/// notice with its event period and participation rules ("📢 ... Contest Is Now Live!", "Event
/// Period", "How to Participate", "Add hashtag: #...#"). Found as a run of lines at the very start
/// or end of the text, each an emoji-led line, a hashtag line, a campaign phrase, a date range or an
/// instruction to participants; it needs a campaign phrase and three such lines, and stops at the
/// first line that is none of these.
/// </summary>
public sealed partial class PromoBlockCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("boilerplate.promo-block", "Scraped promotional block", Severity.Warning,
        "A contest or campaign notice above or below the article (event period, how to participate, hashtags, prize pool); removed as a whole block.",
        priority: 61);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"\b(event period|activity period|campaign period|how to participate|how to join|participation rules|is now live|prize pool|chance to win|giveaway|creative contest|rewards? pool|lucky draw|event rules)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CampaignPhrase();

    [GeneratedRegex(@"#[^\s#][^#\n]{0,40}#", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"^(post|add|include|share|follow|join|submit|tag|retweet|register|complete|click|content must|entries must|winners will)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"\d{4}.{0,20}\d{1,2}:\d\d\s*[–—-]\s*.{0,25}\d{1,2}:\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex DateRange();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var lines = FurnitureLines.NonBlank(text);
        if (lines.Count < 5) yield break;
        if (Block(text, lines, fromEnd: false) is { } top)
            yield return Report(document, context, lines, top.First, top.Last);
        else if (Block(text, lines, fromEnd: true) is { } bottom)
            yield return Report(document, context, lines, bottom.First, bottom.Last);
    }

    private static (int First, int Last)? Block(string text, List<TextSpan> lines, bool fromEnd)
    {
        int step = fromEnd ? -1 : 1, i = fromEnd ? lines.Count - 1 : 0;
        int count = 0, reached = -1;
        bool campaign = false;
        for (; i >= 0 && i < lines.Count; i += step)
        {
            string line = text.Substring(lines[i].Start, lines[i].Length).Trim();
            bool phrase = CampaignPhrase().IsMatch(line);
            bool sign = phrase || StartsWithEmoji(line) || Hashtag().IsMatch(line) || Instruction().IsMatch(line) || DateRange().IsMatch(line);
            if (!sign) break;
            campaign |= phrase;
            count++;
            reached = i;
        }
        // Never the whole text, and never without a campaign word.
        if (!campaign || count < 3 || i < 0 || i >= lines.Count) return null;
        return fromEnd ? (reached, lines.Count - 1) : (0, reached);
    }

    private static Finding Report(Document document, CheckContext context, List<TextSpan> lines, int first, int last)
    {
        string text = document.Text;
        var span = first == 0
            ? TextSpan.FromBounds(lines[0].Start, lines[last + 1].Start)
            : TextSpan.FromBounds(lines[first - 1].End, lines[last].End);
        return context.Report(Rule, document, span, $"promotional block ({last - first + 1} lines): removed", "");
    }

    private static bool StartsWithEmoji(string line) =>
        line.Length >= 2 && char.IsSurrogatePair(line[0], line[1]) && char.ConvertToUtf32(line[0], line[1]) is >= 0x1F300 and <= 0x1FAFF
        || line.Length >= 1 && line[0] is >= '\u2600' and <= '\u27BF';
}
