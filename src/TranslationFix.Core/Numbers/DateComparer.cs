namespace TranslationFix.Core.Numbers;

/// <summary>
/// A source date whose translation names a different date. A date the translation leaves out or
/// writes relatively ("last month") is not reported: only a wrong date is.
/// </summary>
public static class DateComparer
{
    public static IReadOnlyList<DateMismatch> Compare(IReadOnlyList<DateMention> source, IReadOnlyList<DateMention> target)
    {
        if (source.Count == 0 || target.Count == 0) return [];
        var used = new bool[target.Count];
        var unmatched = new List<DateMention>();
        foreach (var s in source)
        {
            int t = IndexOf(target, used, s.Fits);
            if (t >= 0) used[t] = true;
            else unmatched.Add(s);
        }
        var mismatches = new List<DateMismatch>();
        foreach (var s in unmatched)
        {
            int t = IndexOf(target, used, _ => true);
            if (t < 0) break;
            used[t] = true;
            mismatches.Add(new DateMismatch(s, target[t]));
        }
        return mismatches;
    }

    /// <summary>
    /// Source dates with a day that the translation leaves out altogether: no date of that month
    /// and not the day's number anywhere ("on the 17th" keeps it).
    /// </summary>
    public static IEnumerable<DateMention> Dropped(IReadOnlyList<DateMention> source, IReadOnlyList<DateMention> target, string targetText) =>
        source.Where(s => s.Day is { } day && s.Text.Any(char.IsDigit)
            && !target.Any(t => t.Month == s.Month) && !targetText.Contains(s.Text, StringComparison.Ordinal) && !RelativeDates.KeepsDay(targetText, day));

    private static int IndexOf(IReadOnlyList<DateMention> target, bool[] used, Func<DateMention, bool> match)
    {
        for (int i = 0; i < target.Count; i++)
        {
            if (!used[i] && match(target[i])) return i;
        }
        return -1;
    }
}

public sealed record DateMismatch(DateMention Source, DateMention Target)
{
    public string Describe() => $"{Source.Text} → {Source.ToEnglish()}, but the translation says {Target.Text} (changed date)";
}
