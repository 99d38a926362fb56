namespace TranslationFix.Core.Text;

public static class TextLines
{
    /// <summary>Every line of <paramref name="text"/>, without its line break (\n, \r\n or \r); empty lines too.</summary>
    public static IEnumerable<TextSpan> Spans(string text)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOfAny(['\r', '\n'], start);
            if (end < 0) { yield return TextSpan.FromBounds(start, text.Length); yield break; }
            yield return TextSpan.FromBounds(start, end);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }
}
