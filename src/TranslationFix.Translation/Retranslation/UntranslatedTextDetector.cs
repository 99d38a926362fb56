using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Translation.Retranslation;

/// <summary>
/// Finds source-script text left in a translation: Chinese characters, kana or Hangul in a
/// target written in another script (a sign MT skipped a name or a clause).
/// </summary>
public static class UntranslatedTextDetector
{
    public static readonly RuleDescriptor Rule = new("translation.untranslated", "Untranslated source-script text",
        Severity.Warning, "The translation still contains Chinese, Japanese or Korean script: MT left part of the segment untranslated.");

    private static readonly HashSet<string> CjkTargets = ["zh", "ja", "ko", "yue", "lzh"];

    /// <summary>The first run of CJK letters inside <paramref name="within"/>, or null.</summary>
    public static TextSpan? FirstRun(string text, TextSpan within, string targetLanguage)
    {
        if (CjkTargets.Contains(targetLanguage.Split('-')[0].ToLowerInvariant())) return null;
        int start = -1;
        for (int i = within.Start; i < within.End; i++)
        {
            if (IsCjkLetter(text[i])) { if (start < 0) start = i; }
            else if (start >= 0) return TextSpan.FromBounds(start, i);
        }
        return start >= 0 ? TextSpan.FromBounds(start, within.End) : null;
    }

    // Letters only: full-width punctuation (，。) is another check's business.
    private static bool IsCjkLetter(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';
}
