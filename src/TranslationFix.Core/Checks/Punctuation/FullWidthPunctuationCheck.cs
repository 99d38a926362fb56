using System.Buffers;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// Full-width CJK punctuation left in a non-CJK text ("growth，but"): replaced by its ASCII form,
/// with the space English wants after it. A mark next to CJK text (a name left in Chinese,
/// "Nayuki（奈雪的茶）") is mixed text and is left alone, and so is a bracket pair around or
/// beside CJK text: there the full-width marks may be right.
/// </summary>
public sealed class FullWidthPunctuationCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.full-width", "Full-width punctuation", Severity.Warning,
        "Full-width CJK punctuation (，。：；（）！？、「」 and the ideographic space) in a paragraph with no CJK text; replaced by the ASCII form.",
        priority: 35);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    private static readonly Dictionary<char, string> Ascii = new()
    {
        ['，'] = ",", ['。'] = ".", ['：'] = ":", ['；'] = ";", ['！'] = "!", ['？'] = "?", ['、'] = ",",
        ['（'] = "(", ['）'] = ")", ['【'] = "[", ['】'] = "]", ['「'] = "“", ['」'] = "”", ['『'] = "‘", ['』'] = "’",
        ['＂'] = "\"", ['＇'] = "'", ['\u3000'] = " ",
    };

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (IsCjkLanguage(document.Language)) yield break;
        string text = document.Text;
        if (!text.AsSpan().ContainsAny(FullWidth)) yield break;
        foreach (var line in TextLines.Spans(text))
        {
            for (int i = line.Start; i < line.End; i++)
            {
                if (!Ascii.TryGetValue(text[i], out var ascii) || document.IsProtected(i, 1) || !IsAmongLatinText(text, line, i)) continue;
                string replacement = Spaced(text, i, ascii);
                yield return context.Report(Rule, document, new TextSpan(i, 1), $"full-width '{text[i]}' → '{ascii}'", replacement);
            }
        }
    }

    private static readonly Dictionary<char, char> Partners = new()
    {
        ['（'] = '）', ['）'] = '（', ['【'] = '】', ['】'] = '【', ['「'] = '」', ['」'] = '「', ['『'] = '』', ['』'] = '『',
    };

    // Certain only when no CJK letter is next to the mark, nor (for a bracket) inside or beside its pair.
    private static bool IsAmongLatinText(string text, TextSpan line, int i)
    {
        if (IsCjkLetter(NeighbourBefore(text, line, i)) || IsCjkLetter(NeighbourAfter(text, line, i))) return false;
        if (!Partners.TryGetValue(text[i], out char partner)) return true;
        bool opening = text[i] is '（' or '【' or '「' or '『';
        int j = opening
            ? text.IndexOf(partner, i + 1, line.End - i - 1)
            : i > line.Start ? text.LastIndexOf(partner, i - 1, i - line.Start) : -1;
        if (j < 0) return true;
        int from = Math.Min(i, j), to = Math.Max(i, j);
        if (ContainsCjkLetter(text.AsSpan(from, to - from))) return false;
        return opening ? !IsCjkLetter(NeighbourAfter(text, line, j)) : !IsCjkLetter(NeighbourBefore(text, line, j));
    }

    private static char NeighbourBefore(string text, TextSpan line, int i)
    {
        for (int k = i - 1; k >= line.Start; k--)
            if (!char.IsWhiteSpace(text[k])) return text[k];
        return ' ';
    }

    private static char NeighbourAfter(string text, TextSpan line, int i)
    {
        for (int k = i + 1; k < line.End; k++)
            if (!char.IsWhiteSpace(text[k])) return text[k];
        return ' ';
    }

    private static bool IsCjkLetter(char c) => char.IsSurrogate(c) || ContainsCjkLetter([c]);

    private static readonly SearchValues<char> FullWidth = SearchValues.Create("，。：；！？、（）【】「」『』＂＇\u3000");

    // Full-width marks carry their own spacing; ASCII ones need a space after (or, for an
    // opening bracket, before) when a word follows (or precedes) directly.
    private static string Spaced(string text, int i, string ascii)
    {
        char next = i + 1 < text.Length ? text[i + 1] : ' ';
        char previous = i > 0 ? text[i - 1] : ' ';
        bool opening = ascii is "(" or "[" or "“" or "‘";
        if (opening) return char.IsLetterOrDigit(previous) || previous is ',' or '.' or ';' or ':' ? " " + ascii : ascii;
        if (ascii == " " || ascii is "\"" or "'") return ascii;
        return char.IsLetterOrDigit(next) || next is '(' or '“' or '‘' ? ascii + " " : ascii;
    }

    private static bool IsCjkLanguage(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("ko", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsCjkLetter(ReadOnlySpan<char> body)
    {
        foreach (var rune in body.EnumerateRunes())
        {
            int v = rune.Value;
            if (v is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
                or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FFFF))
                return true;
        }
        return false;
    }
}
