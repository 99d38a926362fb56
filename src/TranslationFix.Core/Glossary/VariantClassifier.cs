namespace TranslationFix.Core.Glossary;

/// <summary>
/// Classes any text (a hand-written or derived variant, or the words matched in an article) as
/// <see cref="VariantClass.Ordinary"/> or <see cref="VariantClass.Distinctive"/> from the English
/// word lists, never from a hand list: one word is ordinary when English uses it at all ("Byte",
/// "Cambrian", "Glory", "Ali"); several words are ordinary when each is a common word or name
/// ("white wine", "inner volume", "Big Dipper", "Wang Yi"). Numbers count as common words; a
/// possessive 's is ignored.
/// </summary>
public static class VariantClassifier
{
    public static VariantClass Classify(string text)
    {
        var words = Words(text);
        if (words.Count == 0) return VariantClass.Ordinary;
        if (words.Count == 1) return IsNumber(words[0]) || EnglishWords.IsWord(words[0]) ? VariantClass.Ordinary : VariantClass.Distinctive;
        return words.All(w => IsNumber(w) || EnglishWords.IsCommon(w)) ? VariantClass.Ordinary : VariantClass.Distinctive;
    }

    public static bool IsOrdinary(string text) => Classify(text) == VariantClass.Ordinary;

    /// <summary>The runs of letters or digits of <paramref name="text"/>, a possessive 's left out.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            bool possessive = i - start == 1 && text[start] is 's' or 'S' && start > 0 && text[start - 1] is '\'' or '’';
            if (!possessive) words.Add(text[start..i]);
        }
        return words;
    }

    private static bool IsNumber(string word) => word.All(char.IsDigit);
}
