using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Casing;

/// <summary>
/// A common word capitalised in mid-sentence ("can Turn losses", "and Execution becomes"): MT
/// carries over a capital from a segment start. Lowered only when the word is certainly not a
/// name: the text is English; the word is on the list of common lower-case words; it follows a
/// word or a comma (not a sentence end, colon, quote, bracket or number); neither neighbour is
/// capitalised, nor joined to a capitalised word by "of", "and", ...; it does not follow "the";
/// its line is not a heading; the document does not capitalise it in mid-sentence elsewhere
/// (prepositions and conjunctions such as "In" excepted); and it is no word of a known name.
/// </summary>
public sealed class MidSentenceCapitalCheck(IEnumerable<string>? knownNames = null) : ICheck
{
    public static readonly RuleDescriptor Rule = new("case.mid-sentence", "Capital letter in mid-sentence", Severity.Warning,
        "A common word (not a name) written with a capital letter in the middle of a sentence ('can Turn losses'); it is lowered.",
        priority: 10);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    private readonly HashSet<string> _nameWords = new(
        (knownNames ?? []).SelectMany(n => n.Split([' ', '-', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries)),
        StringComparer.Ordinal);

    // Words that join the parts of a name: "University of Science and Technology".
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "of", "and", "or", "&", "for", "the", "on", "in", "at", "de", "du", "des", "la", "le", "van", "von", "der", "den", "y", "da", "di",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "for", "from", "with", "by", "of", "into", "during", "since", "until", "after", "before", "via",
    };

    // Prepositions and conjunctions: never a name or a defined term, however often capitalised.
    private static readonly HashSet<string> Connectives = new(Prepositions.Concat(["and", "or", "but", "nor", "as", "than"]), StringComparer.Ordinal);

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        // The word list is English; German capitalises every noun on purpose.
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;
        string text = document.Text;
        var candidates = new List<Word>();
        var midSentenceCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<Word>();
        foreach (var line in TextLines.Spans(text))
        {
            Words(text, line, words);
            if (IsHeading(text, line, words))
            {
                // A caption or sentence-case heading is no place to fix, but its capitals still show
                // the writer's style ("a wicket in a Test against India" beside "Test cricket").
                if (words.Count(x => char.IsLower(text[x.Start])) >= 3) CountStyleCapitals(text, line, words, midSentenceCount);
                continue;
            }
            for (int w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (!IsTitleCase(word.In(text)) || !FollowsWordOrComma(text, line, word.Start)) continue;
                string key = word.In(text).ToString();
                midSentenceCount[key] = midSentenceCount.GetValueOrDefault(key) + 1;
                if (LooksLikeCommonWord(text, word) && !IsPartOfName(text, words, w) && !IsLabelOrNumbered(text, words, w)) candidates.Add(word);
            }
        }
        foreach (var word in candidates)
        {
            string found = word.In(text).ToString();
            // A word the document capitalises more than once in mid-sentence is its style or a name
            // ("the Party", "Turn Capital ... backed by Turn", a licence's defined "You"); "In" or "And" never are.
            bool connective = Connectives.Contains(found.ToLowerInvariant());
            if (!connective && midSentenceCount[found] > 1 || document.IsProtected(word.Start, word.Length)) continue;
            string lowered = char.ToLowerInvariant(found[0]) + found[1..];
            yield return context.Report(Rule, document, new TextSpan(word.Start, word.Length),
                $"'{found}' is a common word in mid-sentence: '{lowered}'", lowered);
        }
    }

    private static void CountStyleCapitals(string text, TextSpan line, List<Word> words, Dictionary<string, int> counts)
    {
        foreach (var word in words)
        {
            if (!IsTitleCase(word.In(text)) || !FollowsWordOrComma(text, line, word.Start)) continue;
            string key = word.In(text).ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    // Words that name a control the reader presses: "tap More", "click Send", "select Save As".
    private static readonly HashSet<string> UiVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "tap", "click", "press", "select", "choose", "hit", "toggle", "open", "pick", "touch", "swipe", "drag", "enter", "check", "uncheck", "clicking", "tapping", "selecting", "pressing",
    };

    /// <summary>
    /// "world No. 2", "Vol. 3": an abbreviation before a number; "tap More", "click Send Later": a
    /// label of the interface, written as the screen shows it.
    /// </summary>
    private static bool IsLabelOrNumbered(string text, List<Word> words, int w)
    {
        var word = words[w];
        int end = word.End;
        if (end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && char.IsDigit(text[end + 2])) return true;
        if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1])) return true;
        // "tap Report a Problem", "choose Everyone, My Contacts, or Nobody": a label a few words after the verb.
        for (int k = w - 1; k >= Math.Max(0, w - 6); k--)
        {
            if (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IndexOfAny(".!?:;\n") >= 0) return false;
            if (UiVerbs.Contains(words[k].In(text).ToString())) return true;
        }
        return false;
    }

    private bool LooksLikeCommonWord(string text, Word word)
    {
        if (word.Start > 0 && text[word.Start - 1] is '-' or '\'' or '’' || !EndsFreely(text, word.End))
            return false;                                                     // "Year-on-Year", "Execution's", "Engine/", "Object.prototype"
        string found = word.In(text).ToString();
        return !_nameWords.Contains(found) && CommonWords.Contains(found.ToLowerInvariant());
    }

    private static bool IsPartOfName(string text, List<Word> words, int w)
    {
        var word = words[w];
        if (w > 0 && OnlySpacesBetween(text, words[w - 1], word))
        {
            int p = w - 1;
            // After a possessive the owner counts: "Google's Cloud" is a product name.
            if (words[p].In(text) is "s" && p > 0 && text[words[p].Start - 1] is '\'' or '’') p--;
            var previous = words[p];
            // A capitalised pronoun opens a sentence ("We Are confident"); it is never part of a name.
            bool pronoun = previous.In(text) is "We" or "They" or "He" or "She" or "It" or "You";
            if (IsCapitalised(text, previous) && !pronoun || previous.In(text) is "the") return true;
            if (IsJoiner(text, previous) && p > 0 && OnlySpacesBetween(text, words[p - 1], previous) && IsCapitalised(text, words[p - 1]))
                return true;
        }
        if (w + 1 < words.Count && OnlySpacesBetween(text, word, words[w + 1]))
        {
            var next = words[w + 1];
            // "In November", "With Tesla": a preposition before a name is still a preposition.
            bool preposition = Prepositions.Contains(word.In(text).ToString().ToLowerInvariant());
            if (IsCapitalised(text, next) && !preposition || char.IsDigit(text[next.Start])) return true;
            if (IsJoiner(text, next) && w + 2 < words.Count && OnlySpacesBetween(text, next, words[w + 2]) && IsCapitalised(text, words[w + 2]))
                return true;
        }
        return false;
    }

    // Followed by white space or by punctuation that ends a word in prose, not glued to a path,
    // an identifier, a possessive or a hyphen.
    private static bool EndsFreely(string text, int end)
    {
        if (end >= text.Length || char.IsWhiteSpace(text[end])) return true;
        char c = text[end];
        if (c is ',' or ';' or '!' or '?' or ')' or '”' or '"') return true;
        return c is '.' or ':' && (end + 1 >= text.Length || char.IsWhiteSpace(text[end + 1]) || text[end + 1] is '"' or '”' or ')');
    }

    private static bool IsJoiner(string text, Word word) => word.Length <= 3 && Joiners.Contains(word.In(text).ToString());

    // Only after a word or a comma: not at a line start, not after a number (a list or changelog
    // entry: "2.1  Support for ..."), . ! ? : ; quotes, brackets or dashes.
    private static bool FollowsWordOrComma(string text, TextSpan line, int start)
    {
        int i = start - 1;
        if (i < line.Start || text[i] is not (' ' or '\t')) return false;
        while (i >= line.Start && text[i] is ' ' or '\t') i--;
        return i >= line.Start && (char.IsLetter(text[i]) || text[i] == ',');
    }

    // A heading, a title line or a line in Title Case is written with capitals on purpose.
    private static bool IsHeading(string text, TextSpan line, List<Word> words)
    {
        var body = text.AsSpan(line.Start, line.Length).Trim();
        if (body.IsEmpty || body[0] == '#' || body.StartsWith("**") && body.EndsWith("**")) return true;
        if (body[^1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or ')')) return true;
        // Title Case is a property of short lines; a long paragraph full of names is still prose.
        int capitalised = words.Count(w => IsCapitalised(text, w));
        return words.Count is >= 3 and <= 20 && capitalised * 2 > words.Count;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        for (int i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i])) return false;
        return true;
    }

    private static bool IsCapitalised(string text, Word word) => char.IsUpper(text[word.Start]);

    private static bool OnlySpacesBetween(string text, Word left, Word right) =>
        text.AsSpan(left.End, right.Start - left.End).Trim(" \t").IsEmpty;

    // Words are runs of letters and digits; "&" counts as a word so it can join a name.
    private static void Words(string text, TextSpan line, List<Word> words)
    {
        words.Clear();
        int i = line.Start;
        while (i < line.End)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                int start = i;
                while (i < line.End && char.IsLetterOrDigit(text[i])) i++;
                words.Add(new Word(start, i - start));
            }
            else
            {
                if (text[i] == '&') words.Add(new Word(i, 1));
                i++;
            }
        }
    }

    private readonly record struct Word(int Start, int Length)
    {
        public int End => Start + Length;

        public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
    }
}
