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
    private static readonly SearchValues<char> CjkMagnitudes = SearchValues.Create("十百千万萬亿億半拾佰仟");
    private static readonly SearchValues<char> HangulNumerals = SearchValues.Create("일이삼사오육칠팔구십백천만억조반");
    private static readonly SearchValues<char> HangulMagnitudes = SearchValues.Create("십백천만억조");

    public static bool MayHoldQuantity(ReadOnlySpan<char> text, string language)
    {
        if (text.ContainsAny(Digits)) return true;
        if (language.StartsWith("ko", StringComparison.OrdinalIgnoreCase)) return HasHangulNumeral(text);
        if (NumberLanguage.IsCjk(language)) return HasCjkNumeral(text);
        foreach (var _ in NumberWords().EnumerateMatches(text)) return true;
        return false;
    }

    // The currency and dimension models cost ten times the number model: they only see sentences
    // with a currency or unit word. A currency the list misses is still compared as a bare number.
    public static bool MayHoldCurrency(ReadOnlySpan<char> text, string language) =>
        NumberLanguage.IsCjk(language) ? text.ContainsAny(CjkCurrencyChars) || CjkCurrencyWords().IsMatch(text) : CurrencyWords().IsMatch(text);

    public static bool MayHoldPercentage(ReadOnlySpan<char> text, string language) =>
        text.ContainsAny(PercentSigns) || PercentWords().IsMatch(text);

    public static bool MayHoldDimension(ReadOnlySpan<char> text, string language) =>
        NumberLanguage.IsCjk(language) ? text.ContainsAny(CjkUnitChars) || CjkUnitWords().IsMatch(text) : UnitWords().IsMatch(text);

    private static readonly SearchValues<char> PercentSigns = SearchValues.Create("%％‰");
    private static readonly SearchValues<char> CjkCurrencyChars = SearchValues.Create("元圆圓円$€£¥₩￥＄");
    private static readonly SearchValues<char> CjkUnitChars = SearchValues.Create("米吨噸斤升亩畝顷頃尺寸码碼磅吋㎞㎏");

    [GeneratedRegex(@"[$€£¥₩₹₽]|\b(?:dollar|dólar|yuan|renminbi|RMB|CNY|USD|EUR|GBP|JPY|HKD|SGD|euro|pound|sterling|yen|won|franc|rupee|real|reais|peso|ruble|rouble|baht|ringgit|rupiah|dong|libra|livre|pfund|iene|ienes|yenes|dinar|dirham|riyal|lira|krona|krone)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyWords();

    [GeneratedRegex(@"美金|ドル|ユーロ|ポンド|달러|유로|엔화|위안|원|镑|鎊|卢布|比索|法郎|卢比|韩币|港币|日币", RegexOptions.CultureInvariant)]
    private static partial Regex CjkCurrencyWords();

    [GeneratedRegex(@"percent|per cent|por ciento|pour cent|prozent|por cento|百分|パーセント|퍼센트|프로|成|割", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentWords();

    [GeneratedRegex(@"\d\s?(?:k?m|cm|mm|kg|g|mg|t|lbs?|oz|ft|mi|mph|ha|l|ml)\b|km/h|\b(?:met|mèt|kilo|quil|centi|milli|mili|mile|mill?a|feet|foot|inch|pound|ton|liter|litre|litro|gallon|acre|hect|square|cuadrad|carr|quadrat|gram|gramm|yard|meile|fuß|zoll|pie|pé|polegada|pulgada|pouce)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitWords();

    [GeneratedRegex(@"公里|千米|公斤|千克|克|平方|立方|キロ|メートル|グラム|トン|リットル|マイル|미터|킬로|그램|톤|리터|마일|평", RegexOptions.CultureInvariant)]
    private static partial Regex CjkUnitWords();

    // 一 and 二 alone are mostly words (一起, 一个, 二手) and below ten anyway: a CJK number needs a
    // magnitude (十, 千, 万, 亿, 半) or two numerals in a row.
    private static bool HasCjkNumeral(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(CjkMagnitudes)) return true;
        for (int i = text.IndexOfAny(CjkNumerals); i >= 0 && i + 1 < text.Length; i = NextNumeral(text, i))
        {
            if (CjkNumerals.Contains(text[i + 1])) return true;
        }
        return false;
    }

    private static int NextNumeral(ReadOnlySpan<char> text, int i)
    {
        int next = text[(i + 1)..].IndexOfAny(CjkNumerals);
        return next < 0 ? -1 : i + 1 + next;
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
