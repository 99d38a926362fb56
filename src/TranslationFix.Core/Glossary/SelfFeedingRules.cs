using System.Text.RegularExpressions;

namespace TranslationFix.Core.Glossary;

/// <summary>
/// Finds a regex rule whose replacement its own pattern matches again (<c>\bEV\b</c> →
/// <c>electric vehicle (EV)</c>): such a rule grows the text on every run, so the loader refuses it.
/// The replacement is tried as a text on its own, with each group reference ($1, ${name}) standing
/// for a neutral word, since what a group captures is unknown until a match.
/// </summary>
public static class SelfFeedingRules
{
    private static readonly Regex GroupReference = new(@"\$(\d+|\{\w+\}|&)", RegexOptions.CultureInvariant);

    /// <summary>The replacement as the rule would rewrite it again, or null when the rule leaves its replacement alone.</summary>
    public static string? Feeds(Regex pattern, string replacement)
    {
        string text = GroupReference.Replace(replacement.Replace("$$", "$"), "x");
        try
        {
            foreach (Match m in pattern.Matches(text))
            {
                string again = m.Result(replacement);
                if (m.Length > 0 && !string.Equals(again, m.Value, StringComparison.Ordinal))
                    return text[..m.Index] + again + text[(m.Index + m.Length)..];
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        return null;
    }
}
