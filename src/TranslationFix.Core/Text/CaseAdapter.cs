namespace TranslationFix.Core.Text;

/// <summary>Gives a lower-case replacement the case pattern of the text it replaces.</summary>
public static class CaseAdapter
{
    /// <summary>
    /// A replacement that has capitals of its own (a name) is kept as it is. Otherwise it follows
    /// the original: ALL CAPS, Title Case (several words), or a capital first letter.
    /// </summary>
    public static string Adapt(string original, string replacement)
    {
        if (replacement.Length == 0 || replacement.Any(char.IsUpper)) return replacement;
        var letters = original.Where(char.IsLetter).ToList();
        if (letters.Count == 0) return replacement;
        if (letters.Count > 1 && letters.All(char.IsUpper)) return replacement.ToUpperInvariant();
        var words = original.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.All(w => char.IsUpper(w[0])))
            return string.Join("", SplitKeepingSeparators(replacement).Select(w => w.Length > 0 && char.IsLetter(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
        int first = original.IndexOf(letters[0]);
        return char.IsUpper(original[first]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
    }

    private static IEnumerable<string> SplitKeepingSeparators(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '-')
            {
                yield return text[start..i];
                yield return text[i].ToString();
                start = i + 1;
            }
        }
        yield return text[start..];
    }
}
