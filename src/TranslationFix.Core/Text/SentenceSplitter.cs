namespace TranslationFix.Core.Text;

/// <summary>
/// Splits a run of text into sentences: a sentence ends at . ! or ? (with any closing quotes or
/// brackets after it) followed by white space and a capital letter, a digit or an opening quote.
/// Abbreviations and ellipses never end a sentence, so a "sentence" may hold several real ones.
/// In Chinese and Japanese text 。！？； end a sentence whatever follows, and so does a line break.
/// </summary>
public static class SentenceSplitter
{
    public static IEnumerable<TextSpan> Split(string text) => Split(text, new TextSpan(0, text.Length));

    public static IEnumerable<TextSpan> Split(string text, TextSpan range)
    {
        int start = range.Start;
        while (start < range.End && char.IsWhiteSpace(text[start])) start++;
        for (int i = start; i < range.End; i++)
        {
            char c = text[i];
            if (c is '。' or '！' or '？' or '；' or '\n')
            {
                int stop = c == '\n' ? i : i + 1;
                while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
                if (stop > start) yield return TextSpan.FromBounds(start, stop);
                start = i + 1;
                while (start < range.End && char.IsWhiteSpace(text[start])) start++;
                i = start - 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            if (c == '.' && (IsEllipsis(text, i) || Abbreviations.EndsAt(text, i))) continue;
            int end = i + 1;
            while (end < range.End && IsCloser(text[end])) end++;
            int next = end;
            while (next < range.End && char.IsWhiteSpace(text[next])) next++;
            if (next == end || next >= range.End || !CanStartSentence(text[next])) continue;
            yield return TextSpan.FromBounds(start, end);
            start = next;
            i = next - 1;
        }
        int last = range.End;
        while (last > start && char.IsWhiteSpace(text[last - 1])) last--;
        if (last > start) yield return TextSpan.FromBounds(start, last);
    }

    private static bool IsEllipsis(string text, int i) =>
        (i > 0 && text[i - 1] == '.') || (i + 1 < text.Length && text[i + 1] == '.');

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool CanStartSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '«';
}
