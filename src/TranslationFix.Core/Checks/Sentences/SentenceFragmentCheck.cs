using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Sentences;

/// <summary>
/// A "sentence" of one to three words, or a bare number, inside a paragraph of longer sentences
/// ("... in June and March. From 50. The increase ..."): MT lost the rest of it. Flag only: what
/// is missing cannot be guessed. Lines that are not prose (headings, bylines, list items, lines
/// of one sentence) are not looked at, abbreviations do not end sentences, and short sentences that
/// are plain English ("He declined.", "Indeed.") are not fragments.
/// </summary>
public sealed class SentenceFragmentCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("sentence.fragment", "Sentence fragment", Severity.Info,
        "A sentence of one to three words that starts with a preposition or conjunction, or holds a bare number ('From 50.'), between longer sentences; flagged for an editor.");

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    // A sentence starting with one of these and only three words long has lost its verb.
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "of", "in", "on", "at", "by", "with", "for", "and", "or", "but", "than", "as", "about", "into",
        "over", "under", "between", "among", "since", "until", "after", "before", "during", "through", "per", "via",
    };

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;   // English word lists
        string text = document.Text;
        foreach (var block in ProseBlocks(document))
        {
            var sentences = SentenceSplitter.Split(text, block).ToList();
            if (sentences.Count < 2) continue;
            foreach (var sentence in sentences)
            {
                if (!IsFragment(text, sentence) || document.IsProtected(sentence)) continue;
                yield return context.Report(Rule, document, sentence,
                    $"'{text.Substring(sentence.Start, sentence.Length)}' is not a sentence: part of it may be lost");
            }
        }
    }

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "I", "He", "She", "It", "We", "They", "You" };

    private static bool IsFragment(string text, TextSpan sentence)
    {
        var body = text.AsSpan(sentence.Start, sentence.Length);
        // A sentence starts with a capital or a digit; a lower-case start is the tail of a wrapped line.
        if (!char.IsUpper(body[0]) && !char.IsDigit(body[0])) return false;
        if (body[^1] != '.' || body.Count(' ') > 3 || body.ContainsAny("\"“”«»")) return false;   // long; questions, quotations
        var words = body[..^1].ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3) return false;
        if (words.Length >= 2 && SubjectPronouns.Contains(words[0])) return false;   // "It spent $700,000." has a subject and a verb
        bool number = words.Any(w => w.Any(char.IsDigit) && !w.Any(char.IsLetter));
        return number || Dangling.Contains(words[0].Trim(',', ';'));
    }

    // Paragraphs, cut where a line starts a list item, heading, quotation or table row; only the
    // prose parts are returned. A hard-wrapped sentence stays whole across its line breaks.
    private static IEnumerable<TextSpan> ProseBlocks(Document document)
    {
        string text = document.Text;
        foreach (var paragraph in document.Paragraphs)
        {
            int start = -1, end = -1;
            foreach (var line in TextLines.Spans(text, paragraph))
            {
                if (IsProse(text, line))
                {
                    if (start < 0) start = line.Start;
                    end = line.End;
                    continue;
                }
                if (start >= 0) yield return TextSpan.FromBounds(start, end);
                start = -1;
            }
            if (start >= 0) yield return TextSpan.FromBounds(start, end);
        }
    }

    // Prose: not a heading (#), a list item, a quotation block or a table row.
    private static bool IsProse(string text, TextSpan line)
    {
        var body = text.AsSpan(line.Start, line.Length).TrimStart();
        if (body.IsEmpty || body[0] is '#' or '>' or '|' or '-' or '*' or '+' or '•') return false;
        int digits = 0;
        while (digits < body.Length && char.IsDigit(body[digits])) digits++;
        return !(digits > 0 && digits < body.Length && body[digits] is '.' or ')' && (digits + 1 == body.Length || body[digits + 1] == ' '));
    }
}
