using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Names;

/// <summary>
/// Chinese writes 美团王慧文 ("Meituan's Wang Huiwen") with nothing between company and person, and
/// MT keeps it: "veterans such as Meituan Wang Huiwen, Sogou Wang Xiaochuan". Where a company the
/// glossary knows is followed directly by a Chinese name in pinyin (a common surname, then one or
/// two syllables), the possessive is added: "Meituan’s Wang Huiwen".
/// </summary>
public sealed partial class CompanyPersonPossessiveCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("name.possessive", "Company and person run together", Severity.Warning,
        "A company name directly followed by a Chinese person's name (Chinese 美团王慧文), which English writes with a possessive: 'Meituan’s Wang Huiwen'.",
        priority: 20);

    private readonly TermMatcher<string> _companies;

    public CompanyPersonPossessiveCheck(CompiledGlossary glossary)
    {
        _companies = new TermMatcher<string>(glossary.Glossary.Entries
            .Where(e => e.Type is "organization" or "product" && e.Action == GlossaryAction.Fix && e.Canonical.Any(char.IsUpper))
            .Select(e => e.Canonical).Distinct().Select(c => (c, c)));
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"\G (?<surname>[A-Z][a-z]{1,8}) (?<given>[A-Z][a-z]{1,11}(?:-[a-z]{1,6})?)\b(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonAfter();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        string? apostrophe = null;   // the article's own, counted only once a fix needs it
        foreach (var company in _companies.FindAll(text, capitalisedOnly: true))
        {
            // The glossary's exact spelling, followed by a space and a name; not already "Meituan’s".
            if (!text.AsSpan(company.Start, company.End - company.Start).SequenceEqual(company.Value)) continue;
            var person = PersonAfter().Match(text, company.End);
            if (!person.Success || !PinyinNames.IsName(person.Groups["surname"].Value, person.Groups["given"].Value)) continue;
            var span = TextSpan.FromBounds(company.Start, company.End);
            if (document.IsProtected(TextSpan.FromBounds(company.Start, person.Index + person.Length))) continue;
            string name = person.Value.Trim();
            apostrophe ??= text.AsSpan().Count('’') >= text.AsSpan().Count('\'') ? "’" : "'";
            yield return context.Report(Rule, document, span,
                $"'{company.Value} {name}': the person belongs to the company: '{company.Value}{apostrophe}s {name}'",
                $"{company.Value}{apostrophe}s");
        }
    }
}
