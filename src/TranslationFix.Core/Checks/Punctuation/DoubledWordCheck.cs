using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// The same word twice in a row ("the the"). Function words that are never right twice are fixed
/// (English only), also when MT capitalised the second one ("if If", "The The"); any other doubled
/// word is flagged, because "had had" and "that that" are English ("really really" is not reported).
/// </summary>
public sealed class DoubledWordCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.doubled-word", "Doubled word", Severity.Warning,
        "The same word twice in a row. Articles, prepositions and the like ('the the', 'of of') are fixed; other words are flagged.",
        priority: 25);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    // Never correct twice in a row in English.
    private static readonly HashSet<string> SafeToFix = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but",
        "as", "if", "into", "onto", "than", "its", "their", "our", "his", "this", "these", "those", "are", "was",
        "were", "be", "been", "has", "have", "will", "would", "can", "could", "should", "also", "which", "who",
    };

    // Grammatical or idiomatic twice: leave alone.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "is", "do", "very", "really", "blah", "so", "no", "bye", "ha", "yeah", "hip", "knock", "tut", "chop", "cha", "bora",
        "nous", "vous", "die", "der", "das", "den", "dem", "sie", "es", "que", "se", "le", "la", "les", "l",
    };

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        bool english = document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        int previousStart = -1, previousEnd = -1;
        Finding? pendingFix = null;   // a chain ("to to to") is one fix, so it is fixed in one pass
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            // A word is letters only, not glued to digits, apostrophes or hyphens ("re-re", "it's its").
            bool plain = (start == 0 || !IsWordGlue(text[start - 1])) && (i >= text.Length || !IsWordGlue(text[i]) && !char.IsDigit(text[i]));
            if (!plain) { previousStart = -1; continue; }
            if (previousStart >= 0 && OnlySpaces(text, previousEnd, start)
                && text.AsSpan(previousStart, previousEnd - previousStart).Equals(text.AsSpan(start, i - start), StringComparison.OrdinalIgnoreCase)
                && (!char.IsUpper(text[start]) || english && SafeToFix.Contains(text.Substring(start, i - start))))
            {
                var finding = Report(document, context, TextSpan.FromBounds(previousStart, previousEnd), TextSpan.FromBounds(start, i), english);
                if (finding is { HasFix: true } && pendingFix is not null && pendingFix.Span.End == finding.Span.Start)
                {
                    pendingFix = context.Report(Rule, document, TextSpan.FromBounds(pendingFix.Span.Start, finding.Span.End), finding.Message, "");
                }
                else if (finding is { HasFix: true })
                {
                    if (pendingFix is not null) yield return pendingFix;
                    pendingFix = finding;
                }
                else if (finding is not null) yield return finding;
            }
            previousStart = start;
            previousEnd = i;
        }
        if (pendingFix is not null) yield return pendingFix;
    }

    private static Finding? Report(Document document, CheckContext context, TextSpan first, TextSpan second, bool english)
    {
        string word = document.Text.Substring(second.Start, second.Length);
        if (Allowed.Contains(word) || document.IsProtected(TextSpan.FromBounds(first.Start, second.End))) return null;
        if (english && SafeToFix.Contains(word))
            return context.Report(Rule, document, TextSpan.FromBounds(first.End, second.End), $"doubled word '{word}'", "");
        return context.Report(Rule, document, TextSpan.FromBounds(first.Start, second.End),
            $"'{document.Text.Substring(first.Start, second.End - first.Start)}': doubled word? check by hand");
    }

    private static bool IsWordGlue(char c) => c is '\'' or '’' or '-' || char.IsDigit(c);

    private static bool OnlySpaces(string text, int from, int to)
    {
        if (to == from) return false;
        for (int k = from; k < to; k++)
            if (text[k] is not (' ' or '\t')) return false;
        return true;
    }
}
