using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Glossary;

/// <summary>
/// Text that explains a name is the writer's choice and never rewritten: "known as X", "known
/// under the brand name X", "X in Chinese/Mandarin", "transliterated as X", "translates (directly)
/// to X", "meaning X", "literally X", quoted alternatives after such words ("translated as “white
/// wine,” “white alcohol” or “white liquor”"), and X followed by its Chinese form.
/// </summary>
public static class Explanations
{
    // Cues that end right before the name (after quotes, brackets, colons and spaces are set aside).
    private static readonly string[] Cues =
    [
        "known as", "known under the brand name", "known under the name", "under the brand name", "under the name",
        "brand name", "trade name", "english name", "chinese name", "name", "names", "called", "dubbed", "nicknamed", "named", "aka", "a.k.a.",
        "meaning", "means", "meant", "literally", "transliterated as", "transliterated", "translated as", "translates to", "translates as",
        "translated to", "translated into", "translating to", "translation", "rendered as", "romanised as", "romanized as", "spelled", "spelt",
        "or simply", "short for", "abbreviated as", "name would be", "name is", "name was", "pinyin",
    ];

    private static readonly string[] After =
    [
        " in chinese", " in mandarin", " in cantonese", " in pinyin", " (chinese", "; chinese:", " (pinyin", ", chinese:", " (simplified chinese",
    ];

    /// <summary>True when the text around <paramref name="span"/> explains or glosses the name there.</summary>
    public static bool IsExplained(string text, TextSpan span, string? source = null)
    {
        int at = SkipBack(text, span.Start, out bool quoted);
        // Quoted alternatives: “white wine,” “white alcohol” or “white liquor” — walk back to the first.
        while (quoted && PreviousQuoted(text, at) is int earlier) at = SkipBack(text, earlier, out quoted);
        if (EndsWithCue(text, at)) return true;
        return FollowedByGloss(text, span.End, source);
    }

    // Back over spaces, opening quotes, brackets and colons; says whether a quote opened the name.
    private static int SkipBack(string text, int at, out bool quoted)
    {
        quoted = false;
        while (at > 0 && text[at - 1] is ' ' or '\u00A0' or '(' or ':' or ',' or '“' or '"' or '‘' or '\'' or '「' or '«')
        {
            if (text[at - 1] is '“' or '"' or '‘' or '\'' or '「' or '«') quoted = true;
            at--;
        }
        return at;
    }

    // Before `at` (just before an opening quote): `…”, ` or `…” or ` closing an earlier quoted item → its start.
    private static int? PreviousQuoted(string text, int at)
    {
        int i = at;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i >= 2 && text.AsSpan(i - 2, 2) is "or") i -= 2;
        else if (i >= 3 && text.AsSpan(i - 3, 3) is "and") i -= 3;
        while (i > 0 && text[i - 1] is ' ' or ',') i--;
        if (i == 0 || text[i - 1] is not ('”' or '"' or '’')) return null;
        i--;
        while (i > 0 && text[i - 1] is ',' or '.') i--;
        int open = text.LastIndexOfAny(['“', '"', '‘'], Math.Max(0, i - 1));
        return open >= 0 && i - open < 60 ? open : null;
    }

    private static bool EndsWithCue(string text, int at)
    {
        int from = Math.Max(0, at - 40);
        string before = text[from..at].ToLowerInvariant();
        foreach (var cue in Cues)
        {
            if (!before.EndsWith(cue, StringComparison.Ordinal)) continue;
            int start = before.Length - cue.Length;
            if (start == 0 && from > 0 && MatchKey.IsWordChar(text[from - 1])) continue;
            if (start > 0 && MatchKey.IsWordChar(before[start - 1])) continue;
            return true;
        }
        return false;
    }

    private static bool FollowedByGloss(string text, int end, string? source)
    {
        int i = end;
        while (i < text.Length && text[i] is '”' or '"' or '’' or ',' or ')') i++;
        var rest = text.AsSpan(i, Math.Min(24, text.Length - i));
        foreach (var cue in After)
        {
            if (rest.StartsWith(cue, StringComparison.OrdinalIgnoreCase)) return true;
        }
        // The source form right after the name: "Naixuedecha 奈雪的茶", "Byte (字节)".
        while (i < text.Length && text[i] is ' ' or '(' or '（' or ':' or ';') i++;
        return source is { Length: > 0 } && i - end <= 3 && text.AsSpan(i).StartsWith(source, StringComparison.Ordinal);
    }
}
