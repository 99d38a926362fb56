using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>A calendar date in a text, as far as it is given: month always, year and day when written.</summary>
public sealed record DateMention(int? Year, int Month, int? Day, TextSpan Span, string Text)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Same date where both say: "June 30" fits 2022年6月30日, "June 2022" fits 2022年6月.</summary>
    public bool Fits(DateMention other) =>
        Month == other.Month
        && (Day is null || other.Day is null || Day == other.Day)
        && (Year is null || other.Year is null || Year == other.Year);

    /// <summary>The date in English: "June 30, 2022", "June 2022", "June 30".</summary>
    public string ToEnglish()
    {
        string month = MonthNames[Month - 1];
        return (Year, Day) switch
        {
            ({ } y, { } d) => $"{month} {d}, {y}",
            ({ } y, null) => $"{month} {y}",
            (null, { } d) => $"{month} {d}",
            _ => month,
        };
    }
}
