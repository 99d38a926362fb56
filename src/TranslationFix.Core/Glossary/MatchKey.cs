using System.Text;

namespace TranslationFix.Core.Glossary;

/// <summary>
/// The normalised view glossary matching works on: letters lower-cased, ’ and ' alike, and the
/// spaces and hyphens inside a name dropped ("Nai Xue", "Nai-Xue" and "Naixue" are one key).
/// </summary>
public static class MatchKey
{
    public static bool IsSeparator(char c) =>
        c is ' ' or '\t' or '-' or '\u00A0' or '\u2009' or '\u202F' or '\u2010' or '\u2011' or '\u2012';

    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!IsSeparator(c)) builder.Append(Fold(c));
        }
        return builder.ToString();
    }

    /// <summary>A letter or digit that continues a Latin word: a CJK character next to Latin letters is a boundary ("Terman前往").</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);

    private static bool IsCjk(char c) =>
        c is >= '぀' and <= 'ヿ' or >= '㐀' and <= '䶿' or >= '一' and <= '鿿' or >= '가' and <= '힯' or >= '豈' and <= '﫿';

    /// <summary>Where <paramref name="key"/> (a <see cref="Of"/> key) ends when it starts at <paramref name="at"/>, or null.</summary>
    public static int? MatchAt(string text, int at, string key)
    {
        int k = 0, i = at;
        while (k < key.Length && i < text.Length)
        {
            char c = text[i];
            if (IsSeparator(c)) { i++; continue; }
            if (Fold(c) != key[k]) return null;
            k++;
            i++;
        }
        return k == key.Length ? i : null;
    }
}
