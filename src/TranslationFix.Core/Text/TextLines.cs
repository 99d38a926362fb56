namespace TranslationFix.Core.Text;

public static class TextLines
{
    /// <summary>Every line of <paramref name="text"/>, without its line break (\n, \r\n or \r); empty lines too.</summary>
    public static IEnumerable<TextSpan> Spans(string text) => Spans(text, new TextSpan(0, text.Length));

    /// <summary>The lines (or parts of lines) inside <paramref name="range"/>, without their line breaks.</summary>
    public static IEnumerable<TextSpan> Spans(string text, TextSpan range)
    {
        int start = range.Start;
        while (start <= range.End)
        {
            int end = text.AsSpan(start, range.End - start).IndexOfAny('\r', '\n');
            if (end < 0) { yield return TextSpan.FromBounds(start, range.End); yield break; }
            end += start;
            yield return TextSpan.FromBounds(start, end);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }
}
