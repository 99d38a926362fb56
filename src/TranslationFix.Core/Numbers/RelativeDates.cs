using System.Text.RegularExpressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// Chinese dates that name no month: deictic ones (今年 "this year", 去年, 昨天, 下周, 本月) and a
/// bare day of the month (11日, 今（11）日, a dateline's 12日电). A translation must keep them in
/// some form: "this year", a year, "on Tuesday", "on the 11th", "Dec. 11". Anaphoric ones (当天,
/// 同年 "that day") are not kept track of: translations fold them in freely.
/// </summary>
public static partial class RelativeDates
{
    private sealed record Term(string English, Regex Accepted);

    private const string AnyYear = @"\b(?:19|20)\d\d\b";
    private const string AnyDay = @"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
        + @"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\bthe \d{1,2}(?:st|nd|rd|th)\b";
    private const string AnyMonth = @"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

    private static readonly Dictionary<string, Term> Terms = new(StringComparer.Ordinal)
    {
        ["今年"] = new("this year", Accept(@"\bthis year|\bcurrent year|\bso far\b|\byear to date|\byear-to-date|" + AnyYear)),
        ["去年"] = new("last year", Accept(@"\blast year|\bprevious year|\bpast year|\ba year (?:ago|earlier)|\bprior year|" + AnyYear)),
        ["明年"] = new("next year", Accept(@"\bnext year|\bcoming year|\bfollowing year|" + AnyYear)),
        ["前年"] = new("the year before last", Accept(@"\byear before last|\btwo years ago|" + AnyYear)),
        ["今天"] = new("today", Accept(AnyDay + @"|\bnow\b|\bthis day\b")),
        ["昨天"] = new("yesterday", Accept(AnyDay + @"|\bthe day before\b")),
        ["昨日"] = new("yesterday", Accept(AnyDay + @"|\bthe day before\b")),
        ["明天"] = new("tomorrow", Accept(AnyDay + @"|\bthe next day\b|\bthe following day\b")),
        ["本月"] = new("this month", Accept(@"\bthis month|\bcurrent month|\bearlier this month|" + AnyMonth)),
        ["上月"] = new("last month", Accept(@"\blast month|\bprevious month|" + AnyMonth)),
        ["上个月"] = new("last month", Accept(@"\blast month|\bprevious month|" + AnyMonth)),
        ["下月"] = new("next month", Accept(@"\bnext month|\bcoming month|" + AnyMonth)),
        ["下个月"] = new("next month", Accept(@"\bnext month|\bcoming month|" + AnyMonth)),
        ["本周"] = new("this week", Accept(@"\bthis week|" + AnyDay)),
        ["上周"] = new("last week", Accept(@"\blast week|\bprevious week|\ba week ago|" + AnyDay)),
        ["下周"] = new("next week", Accept(@"\bnext week|\bcoming week|" + AnyDay)),
    };

    /// <summary>A date the source has and the translation leaves out.</summary>
    public sealed record Missing(string Source, string English)
    {
        public string Describe() => $"{Source} ({English}) in the source is missing from the translation";
    }

    /// <summary>The relative dates and bare days of <paramref name="source"/> that <paramref name="target"/> does not keep.</summary>
    public static IReadOnlyList<Missing> Compare(string source, string target)
    {
        var missing = new List<Missing>();
        foreach (Match m in Deictic().Matches(source))
        {
            if (IsPartOfWord(source, m)) continue;
            var term = Terms[m.Value];
            if (!term.Accepted.IsMatch(target)) missing.Add(new(m.Value, term.English));
        }
        foreach (Match m in VagueDuration().Matches(source))
        {
            if (!VagueDurationKept().IsMatch(target)) missing.Add(new(m.Value, "a few " + m.Groups["u"].Value switch { "天" => "days", "周" => "weeks", "年" => "years", _ => "months" }));
        }
        foreach (var (day, text) in BareDays(source))
        {
            if (!KeepsDay(target, day)) missing.Add(new(text, $"the {day}{Suffix(day)}"));
        }
        return missing;
    }

    /// <summary>The days of the month <paramref name="source"/> names without a month (11日, 今（11）日, 12日电).</summary>
    public static IEnumerable<(int Day, string Text)> BareDays(string source)
    {
        foreach (Match m in BareDay().Matches(source))
        {
            int day = Digits(m.Groups["d"].Value);
            if (day is >= 1 and <= 31) yield return (day, m.Value);
        }
    }

    /// <summary>The month of a Chinese dateline (新华社北京12月11日电) in <paramref name="source"/>, if it has one.</summary>
    public static int? DatelineMonth(string source)
    {
        var m = Dateline().Match(source);
        if (!m.Success) return null;
        int month = Digits(m.Groups["m"].Value);
        return month is >= 1 and <= 12 ? month : null;
    }

    /// <summary>"December": the English name of a month.</summary>
    public static string MonthName(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    [GeneratedRegex(@"(?<m>\d{1,2})月\d{1,2}日电", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>True when <paramref name="target"/> names day <paramref name="day"/> of a month, or a day in words.</summary>
    public static bool KeepsDay(string target, int day) =>
        Regex.IsMatch(target, $@"(?<![\d.,]){day}(?!\d|[.,]\d)|\b{OrdinalWord(day)}\b|{AnyDay}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex Accept(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // 今年来 is still "this year"; but 今天下 and 去年龄 are no words, and 明天然 is 明 + 天然: the
    // few real compounds that hold a term are excluded here.
    private static bool IsPartOfWord(string text, Match m) =>
        (m.Value == "今天" && m.Index + 2 < text.Length && text[m.Index + 2] == '下') // 今天下 (rare) is fine either way
        || (m.Value == "明天" && m.Index + 2 < text.Length && text[m.Index + 2] == '然');

    private static int Digits(string text)
    {
        int n = 0;
        foreach (char c in text) n = n * 10 + (int)char.GetNumericValue(c);
        return n;
    }

    private static string Suffix(int day) => (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    private static string OrdinalWord(int day) => day switch
    {
        1 => "first", 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", 6 => "sixth", 7 => "seventh", 8 => "eighth", 9 => "ninth",
        10 => "tenth", 11 => "eleventh", 12 => "twelfth", 20 => "twentieth", 30 => "thirtieth", _ => $"{day}{Suffix(day)}",
    };

    // 几天, 几个月: a vague span of time is still a span; "a few days", "several months", "days".
    [GeneratedRegex(@"(?<!十|百|千|万|好)几(?:个)?(?<u>天|周|月|年)(?!级|纪|代)", RegexOptions.CultureInvariant)]
    private static partial Regex VagueDuration();

    [GeneratedRegex(@"\b(?:few|several|some|couple|number of|days?|weeks?|months?|years?|a while|briefly|short)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VagueDurationKept();

    [GeneratedRegex(@"今年|去年|明年|前年|今天|昨天|昨日|明天|本月|上个?月|下个?月|本周|上周|下周", RegexOptions.CultureInvariant)]
    private static partial Regex Deictic();

    // 11日 and 12日电 with no month before them; 今（11）日 and 今(11)日.
    [GeneratedRegex(@"(?<![\d月．.])(?:今[（(])?(?<d>\d{1,2})[）)]?(?:日|号)(?!本|元|语|文|军|企|货|圆|剧|系|式|产)", RegexOptions.CultureInvariant)]
    private static partial Regex BareDay();
}
