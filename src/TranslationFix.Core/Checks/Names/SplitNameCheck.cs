using TranslationFix.Core.Findings;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Names;

/// <summary>
/// Machine translation sometimes tears a name apart and puts a phrase inside it:
/// "Sam O In the second half of the year, Terman went" (山姆·奥特曼 split around 下半年) or
/// "Nai Xue’s former tea CTO" (奈雪的茶前CTO). Every multi-word glossary variant is split at each
/// word boundary; where its head and tail stand in one sentence with a short phrase between them,
/// the name is made whole and the phrase kept: "Sam Altman, in the second half of the year, went",
/// "Nayuki’s former CTO". Where the phrase fits neither shape, the finding is a flag.
/// </summary>
public sealed class SplitNameCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("name.split", "Name torn apart", Severity.Warning,
        "A glossary name split in two by machine translation, with a phrase inside it; the name is made whole and the phrase kept.",
        priority: 60);

    private const int MaxInnerWords = 12;

    // Openers of adverbial phrases that MT moves into a name; lowered when the phrase is moved.
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "since", "last", "this", "earlier", "later", "recently",
        "the", "a", "an", "from", "with", "for", "when", "while", "according", "as", "by", "over", "within", "next",
    };

    private readonly TermMatcher<SplitPoint> _heads;
    private readonly HashSet<(GlossaryEntry, string)> _wholeVariants = [];

    public SplitNameCheck(CompiledGlossary glossary)
    {
        var heads = new List<(string, SplitPoint)>();
        foreach (var variant in glossary.Variants) _wholeVariants.Add((variant.Entry, MatchKey.Of(variant.Text)));
        foreach (var entry in glossary.Glossary.Entries)
        {
            if (entry.IsTerm || entry.Action == GlossaryAction.Flag || entry.Context.Count > 0) continue;
            foreach (var variant in entry.Variants)
            {
                var tokens = variant.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int k = 1; k < tokens.Length; k++)
                {
                    string head = string.Join(' ', tokens[..k]);
                    string tail = string.Join(' ', tokens[k..]);
                    if (!IsDistinctive(tokens[..k]) && !IsDistinctive(tokens[k..])) continue;
                    heads.Add((head, new SplitPoint(entry, head, MatchKey.Of(tail), TailStart(tail), MatchKey.Of(entry.Canonical))));
                }
            }
        }
        _heads = new TermMatcher<SplitPoint>(heads);
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        var candidates = new List<Candidate>();
        // Many split points can share one head ("Sam O" of several names): the words of the
        // sentence after a head are gathered once, and a tail whose first word is not among them
        // is dismissed without a scan.
        int wordsAfter = -1;
        HashSet<string> sentenceWords = [];
        foreach (var head in _heads.FindAll(text, capitalisedOnly: true))
        {
            var split = head.Value;
            if (head.End != wordsAfter)
            {
                wordsAfter = head.End;
                sentenceWords = WordsOfSentence(text, head.End);
            }
            if (!sentenceWords.Contains(split.TailStart)) continue;
            var headSpan = TextSpan.FromBounds(head.Start, head.End);
            if (!Checks.Glossary.GlossaryCheck.CaseAllows(split.Head, text, headSpan) ||
                MatchKey.MatchAt(text, head.Start, split.CanonicalKey) is not null)   // "Kai-Fu Lee" is whole already
                continue;
            if (FindTail(text, head.End, split) is not { } tail) continue;
            var span = TextSpan.FromBounds(head.Start, tail.End);
            if (document.IsProtected(span)) continue;
            string inner = text[head.End..tail.Start].Trim();
            if (inner.TrimEnd(',').Contains(',')) continue;   // a list or a clause, not one phrase inside a name
            string headText = text[head.Start..head.End];
            candidates.Add(new Candidate(span, split, $"{headText} … {text[tail.Start..tail.End]}", Rejoin(split, headText, inner)));
        }

        if (candidates.Count == 0) yield break;
        // A longer variant that covers the whole span ("Jinshajiang Venture Capital") is the
        // glossary check's plain match, not a torn name.
        candidates.RemoveAll(c => _wholeVariants.Contains((c.Split.Entry, MatchKey.Of(text.Substring(c.Span.Start, c.Span.Length)))));

        // Where candidates overlap, a certain repair beats a flag, then the longer span wins.
        int taken = 0;
        foreach (var c in candidates.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Replacement is not null).ThenByDescending(c => c.Span.Length))
        {
            if (c.Span.Start < taken) continue;
            taken = c.Span.End;
            string why = $"'{c.Shown}' is '{c.Split.Entry.Canonical}' torn apart by machine translation" +
                         (c.Split.Entry.Source is { Length: > 0 } s ? $" ({s})" : "");
            yield return c.Replacement is null
                ? context.Report(Rule, document, c.Span, $"{why}; rejoin it by hand")
                : context.Report(Rule, document, c.Span, $"{why}: '{c.Replacement}'", c.Replacement);
        }
    }

    /// <summary>The tail's span, when it starts a word within the same sentence, a few words on.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create("\n\r.!?;。()\"“”");

    /// <summary>The rest of the sentence after <paramref name="from"/>, as far as a tail may stand.</summary>
    private static ReadOnlySpan<char> SentenceScope(string text, int from)
    {
        int window = Math.Min(text.Length - from, MaxInnerWords * 20);
        int stop = text.AsSpan(from, window).IndexOfAny(SentenceStops);
        return text.AsSpan(from, stop < 0 ? window : stop);
    }

    // The lower-cased runs of letters and digits in the sentence scope.
    private static HashSet<string> WordsOfSentence(string text, int from)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var scope = SentenceScope(text, from);
        for (int i = 0; i < scope.Length; i++)
        {
            if (!char.IsLetterOrDigit(scope[i])) continue;
            int start = i;
            while (i < scope.Length && char.IsLetterOrDigit(scope[i])) i++;
            words.Add(scope[start..i].ToString().ToLowerInvariant());
        }
        return words;
    }

    private static TextSpan? FindTail(string text, int from, SplitPoint split)
    {
        var scope = SentenceScope(text, from);
        int words = 0;
        for (int i = from; i < from + scope.Length && words <= MaxInnerWords; i++)
        {
            char c = text[i];
            if (MatchKey.IsWordChar(c) && !MatchKey.IsWordChar(text[i - 1]) && !IsPossessiveS(text, i))
            {
                if (MatchKey.MatchAt(text, i, split.TailKey) is int end && (end >= text.Length || !MatchKey.IsWordChar(text[end])))
                {
                    // Right after the head, the name is whole: the glossary check's job.
                    return words == 0 ? null : TextSpan.FromBounds(i, end);
                }
                words++;
            }
        }
        return null;
    }

    // The "s" of "Xue’s" is not a word of the phrase inside a name.
    private static bool IsPossessiveS(string text, int i) =>
        text[i] is 's' && text[i - 1] is '\'' or '’' && (i + 1 >= text.Length || !MatchKey.IsWordChar(text[i + 1]));

    /// <summary>The whole name with the inner phrase kept, or null when no shape fits for certain.</summary>
    private static string? Rejoin(SplitPoint split, string headText, string inner)
    {
        string canonical = split.Entry.Canonical;
        // "Nai Xue’s former tea": the possessive belongs to the name, not to the phrase.
        string? apostrophe = headText.Length > 2 && headText[^1] == 's' && headText[^2] is '\'' or '’' ? headText[^2..] : null;
        if (apostrophe is null && inner.Length > 2 && inner[1] == 's' && inner[0] is '\'' or '’' && inner[2] == ' ')
        {
            apostrophe = inner[..2];
            inner = inner[3..].TrimStart();
        }
        if (inner.Length == 0) return null;
        if (inner.EndsWith(',') && apostrophe is null)
        {
            // A moved adverbial: "Sam O In the second half of the year, Terman went" →
            // "Sam Altman, in the second half of the year, went".
            string phrase = inner[..^1].Trim();
            int space = phrase.IndexOf(' ');
            string first = space < 0 ? phrase : phrase[..space];
            if (PhraseOpeners.Contains(first)) phrase = char.ToLowerInvariant(phrase[0]) + phrase[1..];
            return $"{canonical}, {phrase},";
        }
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (apostrophe is not null && words.Length <= 3 && words.All(w => w.All(char.IsLower)))
        {
            // A modifier inside a possessive: "Nai Xue’s former tea CTO" → "Nayuki’s former CTO".
            return $"{canonical}{apostrophe} {inner}";
        }
        return null;
    }

    private static bool IsDistinctive(string[] tokens) =>
        tokens.Any(t => t.Length >= 4 && char.IsUpper(t[0]) && !CommonCapitalisedWords.Contains(t.TrimEnd('s', '\'', '’')));

    private static readonly HashSet<string> CommonCapitalisedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Group", "Technology", "Technologies", "Capital", "Ventures", "Venture", "Partners", "Fund", "Bank", "Securities",
        "Holdings", "International", "China", "Chinese", "Company", "Cloud", "Mobile", "Network", "Media", "Intelligence",
        "University", "Institute", "Ministry", "National", "Science", "Research", "Center", "Centre", "Global", "World",
    };

    private sealed record Candidate(TextSpan Span, SplitPoint Split, string Shown, string? Replacement);

    private sealed record SplitPoint(GlossaryEntry Entry, string Head, string TailKey, string TailStart, string CanonicalKey);

    // The tail's first word, lower-cased, as it must appear in the text (letters and digits only).
    private static string TailStart(string tail)
    {
        int end = 0;
        while (end < tail.Length && char.IsLetterOrDigit(tail[end])) end++;
        return tail[..Math.Max(end, 1)].ToLowerInvariant();
    }
}
