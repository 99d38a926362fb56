using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// A hyphenated word that MT spaced apart: "high - end", "state - owned", "Lee Jae -yong",
/// "Qwen - 72B - Chat". Joined only where it cannot be a dash between clauses: a space before the
/// hyphen and none after it ("Jae -yong", "ROK -US"), or a spaced hyphen after a prefix that never
/// ends a clause ("multi", "non", "co", ...), before a word that only ends compounds ("level",
/// "owned", "based", ...), or between the parts of a model name with digits ("Qwen - 72B"). Any other
/// spaced hyphen ("is - this is", " - the") is a dash and is left alone; en and em dashes are never touched.
/// </summary>
public sealed partial class SpacedHyphenCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.spaced-hyphen", "Spaced hyphen in a word", Severity.Warning,
        "A hyphenated word spaced apart by MT ('high - end', 'Jae -yong', 'Qwen - 72B'); joined. A spaced hyphen between clauses is a dash and stays.",
        priority: 22);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "multi", "non", "co", "pre", "post", "anti", "semi", "sub", "ultra", "inter", "intra", "self", "mid", "pan",
        "quasi", "pseudo", "hyper", "mega", "micro", "macro", "bio", "eco", "e", "ex",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "level", "levels", "owned", "based", "end", "scale", "related", "driven", "oriented", "sized", "funded", "backed",
        "listed", "controlled", "term", "tier", "grade", "tech", "friendly", "intensive", "efficient", "free", "wide",
        "centric", "specific", "run", "led", "made", "quality", "speed", "performance", "profile", "class",
    };

    // "Jae -yong", "ROK -US": space before the hyphen only.
    [GeneratedRegex(@"(?<=(?<![\p{L}\d-])\p{L}{2,}) -(?=(\p{Ll}{3,}|\p{Lu}{2,}|\p{Lu}\p{Ll}{2,})(?![\p{L}\d-]))", RegexOptions.CultureInvariant)]
    private static partial Regex LeftSpaced();

    // "high - end", "Qwen - 72B": spaced on both sides.
    [GeneratedRegex(@"(?<![\p{L}\d.-])([\p{L}\d]+) - ([\p{L}\d]+)(?![\p{L}\d]|-\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex BothSpaced();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;
        string text = document.Text;
        foreach (Match m in LeftSpaced().Matches(text))
        {
            if (!Usable(document, m.Index) || IsCommandLine(text, m.Index) || AfterFunctionWord(text, m.Index)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, 1), "space before the hyphen of a hyphenated word", "");
        }
        int from = 0;
        while (from < text.Length)
        {
            var m = BothSpaced().Match(text, from);
            if (!m.Success) break;
            string left = m.Groups[1].Value, right = m.Groups[2].Value;
            // The right part can be the left part of the next pair ("Qwen - 72B - Chat").
            from = m.Groups[2].Index;
            if (!IsCompound(left, right) || !Usable(document, m.Index)) continue;
            yield return context.Report(Rule, document, TextSpan.FromBounds(m.Groups[1].Index + left.Length, m.Groups[2].Index),
                $"'{left} - {right}' is one hyphenated word", "-");
        }
    }

    private static bool IsCompound(string left, string right)
    {
        if (left.All(char.IsLetter) && right.All(char.IsLetter))
            return Prefixes.Contains(left) && char.IsLower(left[0]) || Suffixes.Contains(right) && char.IsLower(right[0]) && char.IsLetter(left[^1]) && left.Length >= 2;
        // A model name: one part mixes letters and digits, the other is a name part or another such token.
        bool leftMixed = IsMixed(left), rightMixed = IsMixed(right);
        return leftMixed && (rightMixed || char.IsUpper(right[0]) && right.All(char.IsLetter))
            || rightMixed && char.IsUpper(left[0]) && left.All(char.IsLetter);
    }

    // "72B", "K2", "V3": digits with a capital letter ("10am" is a time, not a model).
    private static bool IsMixed(string token) => token.Length <= 8 && token.Any(char.IsDigit) && token.Any(char.IsUpper);

    private static bool Usable(Document document, int at) =>
        !document.IsProtected(at, 3) && ScriptMix.IsLatinLine(document.Text, at);

    // "words ending in -ing", "the -ed form": a suffix talked about, not a word split.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "with", "of", "and", "or", "to", "like", "as", "by", "for", "ending", "suffix", "prefix", "its", "their",
    };

    private static bool AfterFunctionWord(string text, int space)
    {
        int start = space;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return FunctionWords.Contains(text[start..space]);
    }

    // "run ls -la", "$ grep -rn": options on a command line are not hyphenated words.
    private static bool IsCommandLine(string text, int at)
    {
        int start = at;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        var line = text.AsSpan(start, at - start).TrimStart();
        return line.StartsWith("$ ") || line.StartsWith("> ") || line.Contains('`');
    }
}
