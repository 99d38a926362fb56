using Microsoft.Recognizers.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// The languages the recognisers support, their cultures, and a cheap guess of a text's language:
/// by script for Chinese, Japanese and Korean, by frequent short words for the Latin-script ones.
/// </summary>
public static class NumberLanguage
{
    public static readonly IReadOnlyList<string> Supported = ["en", "zh", "ja", "ko", "es", "fr", "de", "pt"];

    public static bool IsSupported(string language) => Supported.Contains(Primary(language));

    /// <summary>The recognisers' culture for a language tag ("zh-TW" → zh-cn); English for unknown ones.</summary>
    public static string CultureFor(string language) => Primary(language) switch
    {
        "zh" => Culture.Chinese,
        "ja" => Culture.Japanese,
        "ko" => Culture.Korean,
        "es" => Culture.Spanish,
        "fr" => Culture.French,
        "de" => Culture.German,
        "pt" => Culture.Portuguese,
        _ => Culture.English,
    };

    /// <summary>True for languages written without spaces whose numbers use 万/億-style grouping.</summary>
    /// <summary>A Han, kana or Hangul letter (not CJK punctuation).</summary>
    public static bool IsCjkLetter(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF');

    public static bool IsCjk(string language) => Primary(language) is "zh" or "ja" or "ko";

    public static string Detect(string text)
    {
        int han = 0, kana = 0, hangul = 0, latin = 0;
        foreach (char c in text.AsSpan(0, Math.Min(text.Length, 4000)))
        {
            if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF') hangul++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F') latin++;
        }
        if (hangul > 0 && hangul >= han) return "ko";
        if (kana > 0 && kana * 10 >= han) return "ja";
        if (han > 0 && han * 4 >= latin) return "zh";
        return GuessLatin(text);
    }

    // Function words frequent in one language and rare in the others.
    private static readonly (string Language, string[] Words)[] Markers =
    [
        ("es", ["el", "los", "las", "del", "que", "y", "en", "por", "una", "millones"]),
        ("fr", ["le", "les", "des", "et", "est", "du", "une", "dans", "pour", "millions"]),
        ("de", ["der", "die", "das", "und", "ist", "mit", "von", "den", "ein", "millionen"]),
        ("pt", ["o", "os", "não", "uma", "em", "do", "da", "dos", "com", "milhões"]),
        ("en", ["the", "and", "of", "is", "with", "to", "in", "a", "for", "million"]),
    ];

    private static string GuessLatin(string text)
    {
        var words = text.AsSpan(0, Math.Min(text.Length, 4000)).ToString().ToLowerInvariant()
            .Split([' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        string best = "en";
        int bestScore = 0;
        foreach (var (language, markers) in Markers)
        {
            int score = words.Count(markers.Contains);
            if (score > bestScore) (best, bestScore) = (language, score);
        }
        return best;
    }

    private static string Primary(string language) => language.Split('-', '_')[0].ToLowerInvariant();
}
