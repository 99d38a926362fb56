using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// The same word twice in a row ("the the"). Function words that are never right twice are fixed
/// (English only); any other doubled word is flagged, because "had had" and "that that" are English.
/// </summary>
public sealed partial class DoubledWordCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.doubled-word", "Doubled word", Severity.Warning,
        "The same word twice in a row. Articles, prepositions and the like ('the the', 'of of') are fixed; other words are flagged.",
        priority: 25);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    // Never correct twice in a row in English.
    private static readonly HashSet<string> SafeToFix = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but",
        "as", "into", "onto", "than", "its", "their", "our", "his", "this", "these", "those", "are", "was",
        "were", "be", "been", "has", "have", "will", "would", "can", "could", "should", "also", "which", "who",
    };

    // Grammatical or idiomatic twice: leave alone.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "is", "do", "very", "so", "no", "bye", "ha", "yeah", "hip", "knock", "tut", "chop", "cha", "bora",
        "nous", "vous", "die", "der", "das", "den", "dem", "sie", "es", "que", "se", "le", "la", "les", "l",
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’\-])(\p{L}+)[ \t]+(\p{L}+)(?![\p{L}\p{N}'’\-])", RegexOptions.CultureInvariant)]
    private static partial Regex WordPair();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        bool english = document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var match = WordPair().Match(text);
        while (match.Success)
        {
            var first = match.Groups[1];
            var second = match.Groups[2];
            if (!string.Equals(first.Value, second.Value, StringComparison.OrdinalIgnoreCase) || Allowed.Contains(first.Value)
                || char.IsUpper(second.Value[0]) || document.IsProtected(match.Index, match.Length))
            {
                // Overlapping pairs: "a the the" must still see "the the".
                match = WordPair().Match(text, second.Index);
                continue;
            }
            var span = TextSpan.FromBounds(first.Index + first.Length, second.Index + second.Length);
            if (english && SafeToFix.Contains(first.Value))
                yield return context.Report(Rule, document, span, $"doubled word '{second.Value}'", "");
            else
                yield return context.Report(Rule, document, new TextSpan(first.Index, span.End - first.Index),
                    $"'{first.Value} {second.Value}': doubled word? check by hand");
            match = WordPair().Match(text, second.Index + second.Length);
        }
    }
}
