namespace TranslationFix.Core.Text;

/// <summary>
/// Words whose period marks an abbreviation, not a sentence end ("Dr.", "U.S.", "etc.").
/// Sentence splitting never splits after one: a missed sentence end costs less than a false one.
/// </summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "gov", "sen", "rep", "rev", "hon", "pres", "inc", "ltd", "corp", "co", "plc", "bros", "vs", "etc", "al",
        "approx", "est", "dept", "univ", "assn", "fig", "vol", "no", "nos", "pp", "ed", "eds", "op", "cit",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>
    /// True when the word that ends just before the period at <paramref name="periodIndex"/> is an
    /// abbreviation: a known one, an initial ("John F. Kennedy"), or a dotted one ("U.S", "e.g", "Ph.D").
    /// </summary>
    public static bool EndsAt(string text, int periodIndex)
    {
        int start = periodIndex;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        if (start == periodIndex) return false;
        var word = text.AsSpan(start, periodIndex - start);
        if (word.Contains('.')) return true;                       // U.S, e.g, Ph.D
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        return Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
