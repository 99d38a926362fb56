using TranslationFix.Core.Findings;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Derivation;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Names;

/// <summary>
/// MT names one entity several ways in one article ("Li Auto" … "Ideal Car"). A literal rendering
/// made only of ordinary English words is no glossary variant (it would fire on plain English), so
/// the fix leaves it; but where it is written as a name (every word capitalised, exactly as MT
/// title-cases it) in an article that also names the same entity by its canonical form or a listed
/// variant, or whose source text has the entity's Chinese name, the two spellings are flagged
/// together for the editor to decide once. Never a fix: "Ideal Car" may be someone's own brand.
/// </summary>
public sealed class NameInconsistencyCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("name.inconsistent", "One name spelled two ways", Severity.Info,
        "An article names an entity by its known form and also by a literal MT rendering of its Chinese name ('Li Auto' … 'Ideal Car'); flagged with both spellings so the editor decides once.",
        priority: 10);

    private readonly CompiledGlossary _glossary;
    private readonly TermMatcher<(GlossaryEntry Entry, DerivedVariant Rendering)> _withheld;
    private readonly GlossaryEntry[] _entriesWithWithheld;

    public NameInconsistencyCheck(CompiledGlossary glossary)
    {
        _glossary = glossary;
        _withheld = new TermMatcher<(GlossaryEntry, DerivedVariant)>(glossary.Glossary.Entries
            .Where(e => !e.IsTerm)
            .SelectMany(e => LiteralVariants.Withheld(e).Select(v => (v.Text, (e, v)))));
        _entriesWithWithheld = [.. glossary.Glossary.Entries.Where(e => !e.IsTerm && LiteralVariants.Withheld(e).Count > 0)];
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (_withheld.Count == 0) yield break;
        string text = document.Text;
        var hits = _withheld.FindAll(text, capitalisedOnly: true)
            .Where(o => WrittenAsName(text, o) && !document.IsProtected(TextSpan.FromBounds(o.Start, o.End)))
            .ToList();
        if (hits.Count == 0) yield break;

        var otherSpelling = OtherSpellings(text);
        int taken = 0;
        foreach (var hit in hits.OrderBy(h => h.Start).ThenByDescending(h => h.End))
        {
            if (hit.Start < taken) continue;
            var (entry, rendering) = hit.Value;
            string found = text[hit.Start..hit.End];
            string? evidence = otherSpelling.TryGetValue(entry, out var other)
                ? $"the article also writes '{other}'"
                : entry.Source is { Length: > 0 } source && document.Source?.Text.Contains(source, StringComparison.Ordinal) == true
                    ? $"the source names {source}"
                    : null;
            if (evidence is null) continue;
            taken = hit.End;
            yield return context.Report(Rule, document, TextSpan.FromBounds(hit.Start, hit.End),
                $"'{found}' may be '{entry.Canonical}' rendered word for word ({entry.Source}: {rendering.How}); {evidence}; check by hand");
        }
    }

    // Canonical forms and listed variants in the text, by entry: the other spelling of the same entity.
    private Dictionary<GlossaryEntry, string> OtherSpellings(string text)
    {
        var found = new Dictionary<GlossaryEntry, string>();
        foreach (var occurrence in _glossary.Matcher.FindAll(text))
        {
            var span = TextSpan.FromBounds(occurrence.Start, occurrence.End);
            if (Checks.Glossary.GlossaryCheck.CaseAllows(occurrence.Value.Text, text, span))
                found.TryAdd(occurrence.Value.Entry, text[occurrence.Start..occurrence.End]);
        }
        foreach (var entry in _entriesWithWithheld)
        {
            if (!found.ContainsKey(entry) && ContainsWord(text, entry.Canonical))
                found[entry] = entry.Canonical;
        }
        return found;
    }

    // Exactly as derived ("Ideal Car"), not "Ideal car" at a sentence's start.
    private static bool WrittenAsName(string text, TermMatcher<(GlossaryEntry, DerivedVariant)>.Occurrence o) =>
        text.AsSpan(o.Start, o.End - o.Start).ToString().Replace('’', '\'') == o.Value.Item2.Text;

    private static bool ContainsWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (Checks.Glossary.GlossaryCheck.IsWordBounded(text, new TextSpan(at, word.Length))) return true;
        }
        return false;
    }
}
