using System.Buffers;
using System.Text.RegularExpressions;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// Decides cheaply whether a sentence can hold a quantity, so the (slow) recognisers only see
/// sentences with a digit, a CJK numeral or a number word.
/// </summary>
public static partial class NumberPrefilter
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");
    private static readonly SearchValues<char> CjkNumerals = SearchValues.Create("〇零一二三四五六七八九十百千万萬亿億兩两半壹贰叁肆伍陆柒捌玖拾佰仟");
    private static readonly SearchValues<char> HangulNumerals = SearchValues.Create("일이삼사오육칠팔구십백천만억조반");
    private static readonly SearchValues<char> HangulMagnitudes = SearchValues.Create("십백천만억조");

    public static bool MayHoldQuantity(ReadOnlySpan<char> text, string language)
    {
        if (text.ContainsAny(Digits)) return true;
        if (language.StartsWith("ko", StringComparison.OrdinalIgnoreCase)) return HasHangulNumeral(text);
        if (NumberLanguage.IsCjk(language)) return text.ContainsAny(CjkNumerals);
        foreach (var _ in NumberWords().EnumerateMatches(text)) return true;
        return false;
    }

    // Hangul numeral syllables are also common syllables (사 in 회사): look for a numeral next to
    // a magnitude (삼천, 십만, 이억).
    private static bool HasHangulNumeral(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOfAny(HangulMagnitudes); i >= 0; i = NextMagnitude(text, i))
        {
            if ((i > 0 && HangulNumerals.Contains(text[i - 1])) || (i + 1 < text.Length && HangulNumerals.Contains(text[i + 1]))) return true;
        }
        return false;
    }

    private static int NextMagnitude(ReadOnlySpan<char> text, int i)
    {
        int next = text[(i + 1)..].IndexOfAny(HangulMagnitudes);
        return next < 0 ? -1 : i + 1 + next;
    }

    // Stems of number words in the Latin-script languages the recognisers know; a false positive
    // only costs one recogniser run.
    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|dozen|percent|uno|dos|tres|cuatro|cinco|diez|cien|mil|mill|un|deux|trois|quatre|cinq|dix|cent|ein|zwei|drei|vier|fünf|zehn|hundert|tausend|um|dois|três|quatro|milh|bilh|billi|milli|demi|medio|mei)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWords();
}
