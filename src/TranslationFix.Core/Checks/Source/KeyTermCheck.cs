using TranslationFix.Core.Findings;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Source;

/// <summary>
/// Every glossary entry whose source form is in a source segment must appear in canonical form in
/// its translation. The source is the evidence the glossary check lacks: a known variant there
/// ("Byte" where the source says 字节跳动) is fixed, even one made of ordinary words; a translation
/// with neither is flagged with the expected form. Without the source form in the segment, nothing
/// is said.
/// </summary>
public sealed class KeyTermCheck : ICheck
{
    public static readonly RuleDescriptor SourceMismatch = new("glossary.source-mismatch", "Key term of the source not in canonical form", Severity.Warning,
        "A glossary entry's source form is in the source segment, but its canonical form is not in the translation: a known variant is fixed, a missing term is flagged.",
        priority: 70);

    private readonly CompiledGlossary _glossary;
    private readonly SourceTermScanner _scanner;
    private readonly TermMatcher<GlossaryEntry> _canonical;

    public KeyTermCheck(CompiledGlossary glossary)
    {
        _glossary = glossary;
        _scanner = new SourceTermScanner(glossary.Glossary.Entries);
        _canonical = new TermMatcher<GlossaryEntry>(glossary.Glossary.Entries.Where(e => e.Source is not null).Select(e => (e.Canonical, e)));
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [SourceMismatch];

    // Words that many names share: they do not show which name the translation kept.
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "news", "agency", "group", "company", "co", "corporation", "corp", "inc", "ltd", "limited", "holdings",
        "bank", "university", "china", "chinese", "national", "daily", "times", "technology", "technologies", "international",
        "province", "city", "county", "district", "state", "new", "people's", "association", "committee", "ministry",
    };

    private static bool IsPerson(GlossaryEntry entry) => string.Equals(entry.Type, "person", StringComparison.OrdinalIgnoreCase);

    private static bool KeepsDistinctiveWord(string target, string canonical) =>
        canonical.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !GenericWords.Contains(w))
            .Any(w => System.Text.RegularExpressions.Regex.IsMatch(target, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(w)}(?![\p{{L}}\p{{N}}])"));

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (document.Source is null || _scanner.IsEmpty) return [];
        var findings = new List<Finding>();
        foreach (var pair in SourceSegments.Pairs(document))
        {
            // Entries sharing a source form (公众号: "official account", "official accounts") are one term.
            var terms = _scanner.Find(pair.Source).Select(f => f.Entry).Distinct().GroupBy(e => e.Source!, StringComparer.Ordinal).ToList();
            if (terms.Count == 0) continue;
            string target = SourceSegments.Target(document, pair);
            var present = _canonical.FindAll(target).Select(o => o.Value).ToHashSet();
            List<TermMatcher<GlossaryVariant>.Occurrence>? variants = null;
            string where = SourceSegments.Where(document, pair);
            foreach (var term in terms)
            {
                if (term.Any(present.Contains)) continue;
                variants ??= [.. _glossary.Matcher.FindAll(target).Where(o => !o.Value.IsCanonical)];
                var found = variants.Where(o => term.Contains(o.Value.Entry) && (o.Value.Entry.IsTerm || char.IsUpper(target[o.Start]))).ToList();
                // A person's name in correct pinyin is a style choice, not an error (Zhang Zhongmou for Morris Chang).
                if (found.Any(o => o.Value.Derived && IsPerson(o.Value.Entry))) continue;
                var entry = found.FirstOrDefault().Value?.Entry ?? term.First();
                if (found.Count == 0)
                {
                    // A term may be paraphrased; a name may be shortened ("Xinhua", "Chang's"): only a name
                    // of which no distinctive word is left is flagged.
                    if (term.All(e => e.IsTerm) || term.Any(e => KeepsDistinctiveWord(target, e.Canonical))) continue;
                    findings.Add(context.Report(SourceMismatch, document, SourceSegments.FirstSentence(document.Text, pair.Target),
                        $"{entry.Source} in the source is '{entry.Canonical}' ({entry.Type}), which the translation lacks ({where})"));
                    continue;
                }
                foreach (var o in found)
                {
                    var span = new TextSpan(pair.Target.Start + o.Start, o.End - o.Start);
                    string text = target[o.Start..o.End];
                    var e = o.Value.Entry;
                    string? fix = document.IsProtected(span) ? null : e.IsTerm ? CaseAdapter.Adapt(text, e.Canonical) : e.Canonical;
                    findings.Add(context.Report(SourceMismatch, document, span,
                        $"{e.Source} in the source is '{e.Canonical}' ({e.Type}), not '{text}' ({where})", fix));
                }
            }
        }
        return findings;
    }
}
