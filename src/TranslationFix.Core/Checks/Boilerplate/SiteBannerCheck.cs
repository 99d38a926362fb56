using System.Text.RegularExpressions;
using TranslationFix.Core.Checks.Casing;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// Banner lines of the site, not the article: a lone lower-case site name on the first line
/// (a content farm's logo text), a "Welcome to example.com" line, and machine-translation banners
/// and toggles ("This article was machine translated", "The translation is provided by third-party
/// software", "Show original"). Removed as whole lines; a toggle such as "Original" only in the first
/// or last lines.
/// </summary>
public sealed partial class SiteBannerCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("boilerplate.site-banner", "Scraped site banner", Severity.Warning,
        "A banner line of the site: a lone lower-case site name on top, 'Welcome to <site>', a machine-translation notice or 'Show original' toggle; removed as a whole line.",
        priority: 60);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"^(this (article|page|content|text|post) (was|is|has been) (automatically |machine[- ])?translated\b.{0,80}|.{0,40}\btranslation (is|was) provided by third[- ]party software\.?|(the )?(above |following )?(content|text) (is|was|has been) (machine[- ]|automatically )translated.{0,60}|(translated|translation) (by|powered by) (google|machine translation|ai)\.?|powered by google translate)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MtBanner();

    [GeneratedRegex(@"^(show|view|see|read) (the )?original( text| article| language)?$|^(original|translate|translation)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OriginalToggle();

    [GeneratedRegex(@"^welcome to (the )?[\w.' -]{0,40}?(\.com|\.cn|\.net|\.org|website|web site|site|network|portal|online)[!.]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Welcome();

    [GeneratedRegex(@"^[a-z]{4,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseName();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var lines = FurnitureLines.NonBlank(text);
        if (lines.Count < 3) yield break;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = text.Substring(lines[i].Start, lines[i].Length).Trim();
            bool edge = i < 3 || i >= lines.Count - 3;
            string? why = MtBanner().IsMatch(line) ? "machine-translation notice"
                : edge && OriginalToggle().IsMatch(line) ? "translation toggle"
                : i < 3 && Welcome().IsMatch(line) ? "welcome banner"
                : i == 0 && IsSiteName(text, lines, line) ? "site name"
                : null;
            if (why is null || document.IsProtected(lines[i])) continue;
            yield return context.Report(Rule, document, FurnitureLines.RemovalSpan(text, lines[i]), $"{why} '{line}': removed", "");
        }
    }

    // "examplesite" alone above a blank line and a capitalised title: a logo's text, not a word of the article.
    private static bool IsSiteName(string text, List<TextSpan> lines, string line)
    {
        if (!LowerCaseName().IsMatch(line) || CommonWords.Contains(line)) return false;
        var first = lines[0];
        int after = first.End;
        bool blankAfter = text.AsSpan(after, lines[1].Start - after).Count('\n') >= 2;
        string next = text.Substring(lines[1].Start, lines[1].Length).TrimStart();
        return blankAfter && next.Length > 0 && char.IsUpper(next[0]);
    }
}
