using TranslationFix.Core.Findings;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Numbers;

/// <summary>
/// Flags a number left standing as a sentence of its own inside a paragraph ("… followed by 54 in
/// June and March. From 50."): MT garbled a statement of figures. Never fixed: only the source
/// says what was meant.
/// </summary>
public sealed class NumberFragmentCheck : ICheck
{
    public static readonly RuleDescriptor FragmentRule = new("number.fragment", "Garbled number statement", Severity.Warning,
        "A sentence that is only a number and a preposition or two (\"From 50.\"): machine translation lost the statement.");

    private const int MaxWords = 3;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "at", "in", "of", "by", "and", "or", "about", "around", "over", "under", "up", "nearly",
        "approximately", "than", "with", "for", "on", "more", "less", "then", "only", "just", "another",
    };

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [FragmentRule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        var findings = new List<Finding>();
        foreach (var paragraph in document.Paragraphs)
        {
            if (document.Text.AsSpan(paragraph.Start, paragraph.Length).IndexOfAnyInRange('0', '9') < 0) continue;
            string text = document.Text.Substring(paragraph.Start, paragraph.Length);
            var sentences = SentenceSplitter.Split(text).ToList();
            if (sentences.Count < 2) continue; // a paragraph of its own is a heading or a list number
            foreach (var sentence in sentences)
            {
                var span = Trim(text, sentence);
                if (span.Length == 0 || !IsFragment(text.AsSpan(span.Start, span.Length))) continue;
                if (IsListMarker(text, span)) continue;
                var absolute = new TextSpan(paragraph.Start + span.Start, span.Length);
                if (document.IsProtected(absolute)) continue;
                findings.Add(context.Report(FragmentRule, document, absolute,
                    $"'{text.Substring(span.Start, span.Length)}' is a number without a statement: a garbled translation? Compare with the source"));
            }
        }
        return findings;
    }

    private static bool IsFragment(ReadOnlySpan<char> sentence)
    {
        if (sentence[^1] != '.' || sentence.Length > 60) return false;   // a few short words at most
        var words = sentence[..^1].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords) return false;
        int numbers = 0;
        foreach (var word in words)
        {
            if (IsNumber(word)) numbers++;
            else if (!FunctionWords.Contains(word)) return false;
        }
        return numbers >= 1;
    }

    // "1." opening a line is a numbered-list marker, not a garbled statement.
    private static bool IsListMarker(string text, TextSpan span) =>
        (span.Start == 0 || text[span.Start - 1] is '\n' or '\r') && IsNumber(text.Substring(span.Start, span.Length - 1));

    private static bool IsNumber(string word) =>
        word.Length > 0 && char.IsAsciiDigit(word[0]) && word.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '%');

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
