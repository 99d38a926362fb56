using System.Text;
using System.Text.RegularExpressions;

namespace TranslationFix.Core.Text;

/// <summary>
/// The longest piece of plain text every match of a regular expression must contain, found by
/// reading the pattern (conservatively: when in doubt there is none). A check can skip a regex on
/// a text that lacks it: <c>\blarge[- ]scale (start-?ups?|unicorns?)\b</c> cannot match a text
/// without "large". Only literal characters outside groups, classes and quantified atoms count,
/// and none at all when the pattern has a top-level alternation or free-spacing mode.
/// </summary>
public static class RegexLiterals
{
    /// <summary>Pieces shorter than this filter too little to be worth a scan.</summary>
    public const int MinLength = 3;

    // Escapes that match one character class or a position and take no argument.
    private const string SimpleEscapes = "bBwWdDsSAzZG";

    /// <summary>
    /// The required piece of <paramref name="regex"/>'s pattern, to be searched for with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> (it may differ in case from the match), or
    /// null when there is none of <see cref="MinLength"/> characters.
    /// </summary>
    public static string? Required(Regex regex) => Required(regex.ToString(), regex.Options);

    public static string? Required(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0 || Regex.IsMatch(pattern, @"\(\?[imnsx-]*x")) return null;
        var pieces = new List<string>();
        var run = new StringBuilder();
        void EndRun() { if (run.Length > 0) pieces.Add(run.ToString()); run.Clear(); }

        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '|':
                    return null;   // top-level alternation: no piece is required by every branch
                case '\\':
                    if (i + 1 >= pattern.Length) return null;
                    char e = pattern[++i];
                    if (!char.IsAsciiLetterOrDigit(e)) { run.Append(e); break; }
                    if (!SimpleEscapes.Contains(e)) return null;   // \p{..}, \k<..>, \u...: not worth parsing
                    EndRun();
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    if (i < 0) return null;
                    EndRun();
                    break;
                case '(':
                    i = SkipGroup(pattern, i);
                    if (i < 0) return null;
                    EndRun();
                    break;
                case '?' or '*' or '+' or '{':
                    // The atom before a quantifier may be missing or repeated: it ends the piece without it.
                    if (run.Length > 0) run.Length--;
                    EndRun();
                    if (c == '{') { i = pattern.IndexOf('}', i); if (i < 0) return null; }
                    if (i + 1 < pattern.Length && pattern[i + 1] is '?' or '+') i++;   // lazy or possessive
                    break;
                case '.' or '^' or '$' or ')' or ']':
                    EndRun();
                    break;
                default:
                    run.Append(c);
                    break;
            }
        }
        EndRun();
        return pieces.SelectMany(SafePieces).Where(p => p.Trim().Length >= MinLength).MaxBy(p => p.Length);
    }

    // Case-insensitive regex matching treats some letters as equal to non-ASCII ones (K and the
    // Kelvin sign, S and the long s) that an ordinal case-insensitive search does not: a piece is
    // cut at those letters and at anything outside ASCII, so the search never misses a match.
    private static IEnumerable<string> SafePieces(string piece) =>
        piece.Split(c => c is 'k' or 'K' or 's' or 'S' || c > '\x7f');

    private static string[] Split(this string s, Func<char, bool> separator)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && !separator(s[i])) continue;
            if (i > start) parts.Add(s[start..i]);
            start = i + 1;
        }
        return [.. parts];
    }

    // Index of the ']' closing the class opened at start, or -1.
    private static int SkipClass(string pattern, int start)
    {
        int i = start + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++;   // a leading ']' is a literal
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '[') return -1;   // subtraction or a nested class: give up
            else if (pattern[i] == ']') return i;
        }
        return -1;
    }

    // Index of the ')' closing the group opened at start, or -1.
    private static int SkipGroup(string pattern, int start)
    {
        int depth = 0;
        for (int i = start; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\': i++; break;
                case '[': i = SkipClass(pattern, i); if (i < 0) return -1; break;
                case '(': depth++; break;
                case ')': if (--depth == 0) return i; break;
            }
        }
        return -1;
    }
}
