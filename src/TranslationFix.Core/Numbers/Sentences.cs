using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// Splits text into sentences, good enough for number work: after 。！？；, and after . ! ? followed
/// by white space (so "1.4 million" and "U.S." inside a word stay whole), and at line breaks.
/// </summary>
public static class Sentences
{
    public static IEnumerable<TextSpan> Split(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = c is '。' or '！' or '？' or '；' or '\n'
                || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end) continue;
            int stop = c == '\n' ? i : i + 1;
            if (stop > start) yield return TextSpan.FromBounds(start, stop);
            start = i + 1;
        }
        if (start < text.Length) yield return TextSpan.FromBounds(start, text.Length);
    }
}
