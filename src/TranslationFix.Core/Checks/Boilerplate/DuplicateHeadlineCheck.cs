using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// The headline twice on top of the page (the page title and the article's heading, both
/// scraped). The second copy is removed. Only the first line of the text, of at least four words,
/// repeated word for word as the next line; short repeats ("News", "Advertisement") are left alone.
/// </summary>
public sealed class DuplicateHeadlineCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("boilerplate.duplicate-headline", "Headline scraped twice", Severity.Warning,
        "The first line (the headline) repeated as the next line; the repeat is removed. Short repeats are left alone.",
        priority: 60);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var lines = FurnitureLines.NonBlank(text);
        if (lines.Count < 3) yield break;
        string first = text.Substring(lines[0].Start, lines[0].Length).Trim();
        string second = text.Substring(lines[1].Start, lines[1].Length).Trim();
        if (first != second || first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4 || document.IsProtected(lines[1])) yield break;
        yield return context.Report(Rule, document, FurnitureLines.RemovalSpan(text, lines[1]), "the headline repeated: the repeat is removed", "");
    }
}
