namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// How much of a stretch of text is CJK. Artifact rules repair English sentences only: a line that
/// is mostly Chinese, Japanese or Korean is left alone, whatever punctuation it uses.
/// </summary>
internal static class ScriptMix
{
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF'
            or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>True when the line around <paramref name="offset"/> has Latin letters and at most one CJK character in five letters.</summary>
    public static bool IsLatinLine(string text, int offset)
    {
        int start = offset, end = offset;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        while (end < text.Length && text[end] is not ('\n' or '\r')) end++;
        var (latin, cjk) = CountLetters(text.AsSpan(start, end - start));
        return latin > 0 && cjk * 4 <= latin;
    }

    /// <summary>Latin letters and CJK characters in <paramref name="text"/>.</summary>
    public static (int Latin, int Cjk) CountLetters(ReadOnlySpan<char> text)
    {
        int latin = 0, cjk = 0;
        foreach (char c in text)
        {
            if (IsCjk(c)) cjk++;
            else if (c < '\u0250' && char.IsLetter(c)) latin++;
        }
        return (latin, cjk);
    }
}
