using System.Text.RegularExpressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// Finds dates written with a month: 2022年6月30日 (Chinese, Japanese), 2022년 6월 30일 (Korean),
/// "30 de junio de 2022", "30 juin 2022", "30. Juni 2022", "30 de junho de 2022", and English
/// "June 30, 2022", "30 June 2022", "June 2022". Relative dates ("last month") are not dates here.
/// </summary>
public static partial class DateExtractor
{
    private static readonly Dictionary<string, int> Months = BuildMonths();
    private static readonly System.Buffers.SearchValues<char> AnyDigit = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    public static IReadOnlyList<DateMention> Extract(string text, string language)
    {
        var result = new List<DateMention>();
        if (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && text.Contains('双')) AddShoppingDays(text, result);
        if (!text.AsSpan().ContainsAny(AnyDigit)) return result;
        var regex = language.Split('-', '_')[0].ToLowerInvariant() switch
        {
            "zh" or "ja" => CjkDate(),
            "ko" => KoreanDate(),
            "en" => EnglishDate(),
            _ => EuropeanDate(),
        };
        foreach (Match m in regex.Matches(text))
        {
            int? month = m.Groups["m"].Success ? MonthOf(m.Groups["m"].Value) : m.Groups["m2"].Success ? MonthOf(m.Groups["m2"].Value) : null;
            if (month is not (>= 1 and <= 12)) continue;
            int? day = Number(m.Groups["d"]) ?? Number(m.Groups["d2"]);
            if (day is not null and not (>= 1 and <= 31)) continue;
            int? year = Number(m.Groups["y"]) ?? Number(m.Groups["y2"]);
            result.Add(new DateMention(year, month.Value, day, new TextSpan(m.Index, m.Length), m.Value));
        }
        return result;
    }

    // 双十一 and 双十二, the shopping days, are November 11 and December 12.
    private static void AddShoppingDays(string text, List<DateMention> result)
    {
        foreach (Match m in ShoppingDay().Matches(text))
        {
            int month = m.Groups["n"].Value is "十一" or "11" ? 11 : 12;
            result.Add(new DateMention(null, month, month, new TextSpan(m.Index, m.Length), m.Value));
        }
    }

    private static int? Number(Group g) => g.Success ? Digits(g.Value.TrimEnd('e', 'r')) : null;

    private static int? MonthOf(string text) =>
        Digits(text) is { } n ? n : Months.TryGetValue(text.TrimEnd('.').ToLowerInvariant(), out int m) ? m : null;

    // ５月２２日 is written with full-width digits: any decimal digit counts.
    private static int? Digits(string text)
    {
        if (text.Length == 0 || text.Length > 4) return null;
        int n = 0;
        foreach (char c in text)
        {
            if (!char.IsDigit(c)) return null;
            n = n * 10 + (int)char.GetNumericValue(c);
        }
        return n;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in names)
        {
            for (int i = 0; i < 12; i++) months.TryAdd(language[i], i + 1);
        }
        months["sept"] = 9;
        return months;
    }

    [GeneratedRegex(@"双(?<n>十一|十二|11|12)(?![0-9一二三四五六七八九十])", RegexOptions.CultureInvariant)]
    private static partial Regex ShoppingDay();

    // 2022年6月30日, 6月30号, and the numeric 2021.6.30 and 2021/6/30.
    [GeneratedRegex(@"(?:(?<y>\d{4})\s?年\s?)?(?<![\d.])(?<m>\d{1,2})\s?月(?:\s?(?<d>\d{1,2})\s?[日号號])?|(?<![\d.])(?<y2>(?:19|20)\d\d)(?<sep>[./])(?<m2>\d{1,2})\k<sep>(?<d2>\d{1,2})(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"(?:(?<y>\d{4})\s?년\s?)?(?<![\d.])(?<m>\d{1,2})\s?월(?:\s?(?<d>\d{1,2})\s?일)?", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanDate();

    [GeneratedRegex(@"\b(?:(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(?<y>\d{4})\b)?|(?<y2>\d{4})\b)|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(?<m2>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s(?<y>\d{4})\b)?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDate();

    // "30 de junio de 2022", "1er juin 2022", "30. Juni 2022", "30 de junho de 2022".
    [GeneratedRegex(@"\b(?<d>\d{1,2}|1er)\.?\s(?:de\s)?(?<m>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b(?:,?\s(?:de\s)?(?<y>\d{4})\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EuropeanDate();
}
