namespace TranslationFix.Translation.Batching;

/// <summary>
/// Cuts a text into sentences whose concatenation is the text again: each piece ends after its
/// end mark (. ! ? 。！？…), any closing quotes or brackets, and the whitespace that follows; a
/// line break also ends a piece. Nothing inside a tag (<c>&lt;...&gt;</c>, e.g. dictionary
/// markup) is ever a sentence end.
/// </summary>
public static class SentenceSplitter
{
    private const string CjkEnds = "。！？；…";
    private const string LatinEnds = ".!?;";
    private const string Closers = "\"'”’」』）)】]》";

    public static IReadOnlyList<string> Split(string text)
    {
        var pieces = new List<string>();
        int start = 0, i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '<' && TagEnd(text, i) is int tagEnd)
            {
                i = tagEnd;
                continue;
            }
            bool cjkEnd = CjkEnds.Contains(c);
            bool latinEnd = LatinEnds.Contains(c);
            bool lineEnd = c == '\n';
            i++;
            if (!cjkEnd && !latinEnd && !lineEnd) continue;

            if (!lineEnd)
            {
                while (i < text.Length && (text[i] == c || Closers.Contains(text[i]))) i++;
            }
            // A Latin mark ends a sentence only before whitespace ("3.5", "e.g." stay whole).
            if (latinEnd && i < text.Length && !char.IsWhiteSpace(text[i])) continue;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            pieces.Add(text[start..i]);
            start = i;
        }
        if (start < text.Length) pieces.Add(text[start..]);
        return pieces;
    }

    // A tag starts with '<' and a letter or '/', and closes within a short distance.
    private static int? TagEnd(string text, int open)
    {
        if (open + 1 >= text.Length || !(char.IsAsciiLetter(text[open + 1]) || text[open + 1] == '/')) return null;
        int close = text.IndexOf('>', open + 1, Math.Min(text.Length - open - 1, 2_000));
        return close < 0 ? null : close + 1;
    }
}
