namespace TranslationFix.Core.Glossary.Derivation;

/// <summary>One word of a segmented source form: its text, and its dictionary entry when it has one.</summary>
public sealed record SourceWord(string Text, CedictWord? Entry)
{
    /// <summary>Latin letters or digits kept as they are ("AI" in 智谱AI, "360").</summary>
    public bool IsLatin => Text.Length > 0 && !VariantDeriver.IsRomanisable(Text[0]);
}

/// <summary>
/// Splits a Chinese source form into dictionary words, longest match first (宁德时代 → 宁德 + 时代),
/// as the MT systems whose renderings we derive do. Runs of Latin letters and digits are one word
/// each; spaces and punctuation separate words.
/// </summary>
public static class SourceSegmenter
{
    public static IReadOnlyList<SourceWord> Segment(string source, CedictDictionary dictionary, int maxWordLength = CedictDictionary.MaxWordLength)
    {
        var words = new List<SourceWord>();
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                int start = i;
                while (i < source.Length && char.IsAsciiLetterOrDigit(source[i])) i++;
                words.Add(new SourceWord(source[start..i], null));
            }
            else if (VariantDeriver.IsRomanisable(c))
            {
                var entry = dictionary.LongestAt(source, i, maxWordLength);
                int length = entry?.Headword.Length ?? 1;
                words.Add(new SourceWord(source.Substring(i, length), entry));
                i += length;
            }
            else i++;
        }
        return words;
    }

    /// <summary>Each character its own word (拼多多 → 拼 + 多 + 多), generic words (科技) kept whole: how MT renders a name it does not know.</summary>
    public static IReadOnlyList<SourceWord> Characters(string source, CedictDictionary dictionary) =>
        [.. Segment(source, dictionary, CedictDictionary.MaxWordLength - 1).SelectMany(w => w.IsLatin || w.Text.Length == 1 || UsualRenderings.For(w.Text).Count > 0
            ? [w]
            : w.Text.Select(c => new SourceWord(c.ToString(), dictionary.Lookup(c.ToString()))))];
}
