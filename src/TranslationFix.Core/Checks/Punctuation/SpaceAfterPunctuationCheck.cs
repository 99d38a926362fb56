using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A comma or semicolon glued to the next word ("growth,but"): Chinese punctuation takes no space
/// after it and MT keeps it that way. Only between two letters, so "1,000", "U.S.,China" after an
/// abbreviation's period and code are not touched; periods are left alone ("Node.js", "example.com").
/// </summary>
public sealed class SpaceAfterPunctuationCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.space-after", "Missing space after punctuation", Severity.Warning,
        "A comma or semicolon directly followed by a word ('growth,but'); a space is added. Digits ('1,000') and code are left alone.",
        priority: 20);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        for (int i = 1; i + 1 < text.Length; i++)
        {
            char c = text[i];
            if (c is not (',' or ';') || !char.IsLetter(text[i - 1]) || !char.IsLetter(text[i + 1])) continue;
            if (document.IsProtected(i - 1, 3) || LooksLikeCode(text, i)) continue;
            yield return context.Report(Rule, document, new TextSpan(i, 1), $"no space after '{c}'", c + " ");
        }
    }

    // "{aix,arm}", "read(n,cb)", "tl;dr", "a_b,c=d": a token with code characters is not prose.
    private static bool LooksLikeCode(string text, int at)
    {
        int start = at, end = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text.AsSpan(start, end - start);
        return token.ContainsAny("{}()[]<>/\\_=@#$`|") || token.StartsWith("tl;dr", StringComparison.OrdinalIgnoreCase);
    }
}
