using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// A breadcrumb trail on top of the article: "Home > News content", "Home » Tech / AI", a trail
/// glued together by the scraper ("HomeArticle", "HomeNewsTech"), or a trail that ends in the
/// article's own title ("Culture - Hotels - Four firms declared bankruptcy" above the title line).
/// Only in the lines before the first paragraph, and removed as whole lines.
/// </summary>
public sealed partial class BreadcrumbCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("boilerplate.breadcrumb", "Scraped breadcrumb trail", Severity.Warning,
        "A breadcrumb line above the article ('Home > News', 'HomeArticle', 'Section - Sub - <the title>'); removed as a whole line.",
        priority: 60);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"^(Home|Homepage|Home page|首页)\s*[>›»/|]\s*\S.{0,80}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HomeTrail();

    [GeneratedRegex(@"^Home(?:[A-Z][a-z]+){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedTrail();

    [GeneratedRegex(@"\s+[-–>›»/|]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var lines = FurnitureLines.NonBlank(text);
        if (lines.Count < 3) yield break;
        var zone = FurnitureLines.HeaderZone(text, lines, max: 4);
        // A trail that ends in the title is as long as the title: look at the first line in any case.
        if (zone.Count == 0) zone.Add(lines[0]);
        for (int i = 0; i < zone.Count && i + 1 < lines.Count; i++)
        {
            string line = text.Substring(zone[i].Start, zone[i].Length).Trim();
            string next = text.Substring(lines[i + 1].Start, lines[i + 1].Length).Trim();
            bool trail = HomeTrail().IsMatch(line) && !line.Contains(". ") || GluedTrail().IsMatch(line) || EndsInTitle(line, next);
            if (!trail || document.IsProtected(zone[i])) continue;
            yield return context.Report(Rule, document, FurnitureLines.RemovalSpan(text, zone[i]),
                $"breadcrumb trail '{Shorten(line)}': removed", "");
        }
    }

    // "Section - Sub - Title" directly above "Title": two or more crumbs before the title itself.
    private static bool EndsInTitle(string line, string next)
    {
        if (next.Length < 12 || line.Length <= next.Length || !line.EndsWith(next, StringComparison.Ordinal)) return false;
        string crumbs = line[..^next.Length];
        var parts = Separator().Split(" " + crumbs.TrimEnd() + " ").Where(p => p.Trim().Length > 0).ToList();
        return Separator().Matches(" " + crumbs).Count >= 2 && parts.All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
