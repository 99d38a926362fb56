namespace TranslationFix.Translation.Batching;

/// <summary>One element of a request: a whole text, or a run of whole sentences of a long one.</summary>
public sealed record TextPiece(int TextIndex, string Text);

/// <summary>
/// Plans translate requests within the service limits (elements and characters per request).
/// A text over the character limit is cut between sentences, never inside one; a single
/// sentence over the limit cannot be sent and is an error. Blank texts are not sent at all.
/// </summary>
public sealed class RequestBatcher(int maxElements, int maxCharacters)
{
    public IReadOnlyList<IReadOnlyList<TextPiece>> Plan(IReadOnlyList<string> texts)
    {
        var batches = new List<IReadOnlyList<TextPiece>>();
        var current = new List<TextPiece>();
        int characters = 0;
        for (int index = 0; index < texts.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(texts[index])) continue;
            foreach (var piece in Pieces(index, texts[index]))
            {
                if (current.Count == maxElements || characters + piece.Text.Length > maxCharacters)
                {
                    batches.Add(current);
                    current = [];
                    characters = 0;
                }
                current.Add(piece);
                characters += piece.Text.Length;
            }
        }
        if (current.Count > 0) batches.Add(current);
        return batches;
    }

    /// <summary>Puts translated pieces back together: one string per input text (blank texts as they were).</summary>
    public static IReadOnlyList<string> Reassemble(IReadOnlyList<string> texts, IEnumerable<(TextPiece Piece, string Translation)> translated, string targetLanguage)
    {
        var parts = new List<string>?[texts.Count];
        foreach (var (piece, translation) in translated) (parts[piece.TextIndex] ??= []).Add(translation);
        var result = new string[texts.Count];
        for (int i = 0; i < texts.Count; i++)
            result[i] = parts[i] is { } list ? Join(list, targetLanguage) : texts[i];
        return result;
    }

    private IEnumerable<TextPiece> Pieces(int index, string text)
    {
        if (text.Length <= maxCharacters)
        {
            yield return new TextPiece(index, text);
            yield break;
        }
        var run = new System.Text.StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (sentence.Length > maxCharacters)
                throw new TranslatorException(TranslatorErrorKind.TextTooLong,
                    $"text {index + 1} has a sentence of {sentence.Length:N0} characters, over the service's limit of {maxCharacters:N0} per request: split it");
            if (run.Length + sentence.Length > maxCharacters)
            {
                yield return new TextPiece(index, run.ToString());
                run.Clear();
            }
            run.Append(sentence);
        }
        if (run.Length > 0) yield return new TextPiece(index, run.ToString());
    }

    // The service trims each element, so pieces of one text need a space between them again in
    // languages written with spaces.
    private static string Join(List<string> pieces, string targetLanguage)
    {
        if (pieces.Count == 1) return pieces[0];
        bool spaced = !UnspacedLanguages.Contains(targetLanguage.Split('-')[0].ToLowerInvariant());
        var builder = new System.Text.StringBuilder(pieces[0]);
        foreach (var piece in pieces.Skip(1))
        {
            if (spaced && builder.Length > 0 && !char.IsWhiteSpace(builder[^1]) && piece.Length > 0 && !char.IsWhiteSpace(piece[0]))
                builder.Append(' ');
            builder.Append(piece);
        }
        return builder.ToString();
    }

    private static readonly HashSet<string> UnspacedLanguages = ["zh", "ja", "th", "lo", "km", "my", "bo", "yue", "lzh"];
}
