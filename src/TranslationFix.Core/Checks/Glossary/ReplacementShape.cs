using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Glossary;

/// <summary>
/// Fits a name's replacement to the words around it, so that the fix reads as English:
/// "Ningde Times' shares" → "CATL's shares" (a plural possessive); "Alibaba's Ali Cloud" →
/// "Alibaba Cloud" (never re-create what stands next to it); "a unit of the Byte Jump" → "a unit
/// of ByteDance" (a company name takes no article); "an Ideal Auto engineer" → "a Li Auto
/// engineer" (a/an agrees with the new first sound).
/// </summary>
public static class ReplacementShape
{
    // Words that show a name ends its noun phrase ("the Byte Jump said", "of the Byte Jump."),
    // so an article before it belongs to the name, not to a following noun ("the ByteDance app").
    private static readonly HashSet<string> PhraseEnders = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "in", "on", "at", "of", "to", "for", "with", "from", "by", "as", "has", "have", "had", "is", "are",
        "was", "were", "said", "says", "will", "would", "could", "can", "may", "also", "which", "that", "who", "announced",
        "launched", "reported", "plans", "planned", "released", "raised", "became", "did", "does", "itself", "last", "this",
    };

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Bank", "Commission", "Administration", "Bureau", "University", "Academy", "Institute", "Council", "Committee",
        "Association", "Exchange", "Federation", "Office", "Court", "Congress", "Party", "Army", "Group", "Fund", "Foundation",
        "Agency", "Authority", "Department", "Center", "Centre", "Society", "Union", "Alliance", "Board", "Daily", "Times", "News",
    };

    public static (TextSpan Span, string Replacement, bool RecreatesNeighbour) Fit(string text, TextSpan span, GlossaryEntry entry, string replacement)
    {
        int start = span.Start, end = span.End;
        bool recreates = false;
        // "Ningde Times' shares": the bare apostrophe of a plural possessive becomes "'s" after the new name.
        if (end < text.Length && text[end] is '\'' or '’' && text[end - 1] is 's' or 'S' && !replacement.EndsWith('s')
            && (end + 1 >= text.Length || !MatchKey.IsWordChar(text[end + 1])))
        {
            replacement += text[end] + "s";
            end++;
        }
        // "Alibaba's Ali Cloud": the canonical's first word already stands before the match.
        int space = replacement.IndexOf(' ');
        if (space > 0 && PreviousWord(text, start) is { } previous)
        {
            string head = replacement[..space];
            string word = text[previous.Start..previous.End];
            string bare = word.EndsWith("'s") || word.EndsWith("’s") ? word[..^2] : word;
            if (bare == head && !text.AsSpan(start).StartsWith(head, StringComparison.Ordinal))
            {
                start = previous.Start;
                recreates = true;
            }
        }
        if (!recreates && PreviousWord(text, start) is { } article && entry.Type is "organization" or "product" or "publication")
        {
            string a = text[article.Start..article.End];
            if (a is "the" or "The" && TakesNoArticle(text, span, end, replacement))
            {
                // "The Byte Jump said" at a sentence start: the name opens the sentence now.
                start = article.Start;
                if (a == "The" && !replacement.StartsWith("The ", StringComparison.Ordinal) && char.IsLower(replacement[0]))
                    replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
            }
            else if (a is "a" or "an" or "A" or "An")
            {
                string wanted = IndefiniteArticle.For(replacement);
                if (!string.Equals(wanted, a, StringComparison.OrdinalIgnoreCase))
                {
                    start = article.Start;
                    replacement = (char.IsUpper(a[0]) ? char.ToUpperInvariant(wanted[0]) + wanted[1..] : wanted) + " " + replacement;
                }
            }
        }
        return (TextSpan.FromBounds(start, end), replacement, recreates);
    }

    private static bool TakesNoArticle(string text, TextSpan span, int end, string replacement)
    {
        if (text.AsSpan(span.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return false;
        // "the Surging News" → "The Paper", never "the The Paper".
        if (replacement.StartsWith("The ", StringComparison.Ordinal)) return true;
        var words = replacement.Split(' ');
        if (words.Any(w => InstitutionWords.Contains(w) || w.Length > 0 && char.IsLower(w[0]))) return false;
        // Only where the name ends its phrase: "the ByteDance app" keeps its article.
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || !char.IsLetterOrDigit(text[i])) return true;
        int wordEnd = i;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return PhraseEnders.Contains(text[i..wordEnd]);
    }

    private static TextSpan? PreviousWord(string text, int at)
    {
        int i = at;
        if (i == 0 || text[i - 1] != ' ') return null;
        i--;
        int end = i;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’')) i--;
        return end > i ? TextSpan.FromBounds(i, end) : null;
    }
}

/// <summary>"a" or "an" for a word, by its first sound: "an Honor phone", "a Li Auto engineer", "an NIO car", "a CATL plant".</summary>
public static class IndefiniteArticle
{
    private static readonly string[] ConsonantSoundPrefixes = ["uni", "use", "usu", "uti", "euro", "one", "once", "ubi", "ura"];
    private static readonly string[] VowelSoundPrefixes = ["honest", "honor", "honour", "hour", "heir"];

    public static string For(string word)
    {
        if (word.Length == 0) return "a";
        int end = 0;
        while (end < word.Length && char.IsLetterOrDigit(word[end])) end++;
        string first = word[..end];
        // An acronym is read letter by letter: "an NIO", "an SUV", "a CATL".
        if (first.Length >= 2 && first.All(c => char.IsUpper(c) || char.IsDigit(c)) && !IsPronouncedAcronym(first))
            return "AEFHILMNORSX".Contains(first[0]) ? "an" : "a";
        string lower = first.ToLowerInvariant();
        if (VowelSoundPrefixes.Any(lower.StartsWith)) return "an";
        if (ConsonantSoundPrefixes.Any(lower.StartsWith)) return "a";
        if (char.IsDigit(lower[0])) return lower[0] is '8' || lower.StartsWith("11") || lower.StartsWith("18") ? "an" : "a";
        return "aeiou".Contains(lower[0]) ? "an" : "a";
    }

    // Acronyms said as words: "NASA", "NATO".
    private static bool IsPronouncedAcronym(string s) =>
        s.Length >= 4 && s.Count(c => "AEIOU".Contains(c)) >= 2 && !s.Any(char.IsDigit);
}
