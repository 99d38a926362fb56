using System.Text.RegularExpressions;
using TranslationFix.Core.Checks.Casing;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Punctuation;

/// <summary>
/// Two sentences run together where a scraper lost a line break or MT dropped a space: "he
/// said.However", "growth..Nezha", "the AI modelsThe company said", "In 2024World", "13:37:11Source",
/// "(Reporter)Recently". A space (and, where no sentence end is left, a period) is put back. Camel-case
/// names survive: the word before the join must be all lower case and at least three letters long
/// (iPhone, eBay, macOS are shorter or have no sentence word after them), the word after must be a
/// word that starts sentences (The, However, According, ...) or a known name, and code-like tokens
/// (quoted identifiers, dotted paths, calls) are skipped.
/// </summary>
public sealed partial class GluedSentenceCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("punct.glued-sentence", "Glued sentences", Severity.Warning,
        "Two sentences or words run together ('said.However', 'modelsThe company', 'In 2024World'); the space (and a lost period) is put back. Camel-case names are never split.",
        priority: 22);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    private readonly HashSet<string> _knownNames;

    public GluedSentenceCheck(IEnumerable<string>? knownNames = null)
    {
        _knownNames = new HashSet<string>(knownNames ?? [], StringComparer.Ordinal);
    }

    // Words that open sentences in news copy and are not the second half of camel-case identifiers.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "This", "These", "Those", "That", "There", "They", "Their", "It", "Its", "However", "Some", "Many",
        "Most", "According", "Alongside", "Meanwhile", "After", "Before", "While", "When", "We", "He", "She",
        "Analysts", "Although", "Under", "Since", "Last", "Also", "But", "And", "Among", "Despite", "During",
        "Moreover", "Furthermore", "Besides", "Additionally", "Previously", "Currently", "Recently", "Today",
        "Yesterday", "Earlier", "Later", "Overall", "Instead", "What", "Why", "How",
        "Such", "Several", "Both", "Our", "His", "Her",
    };

    // Lower-case-then-capital words that are names, never two words.
    private static readonly HashSet<string> CamelBrands = new(StringComparer.Ordinal)
    {
        "macOS", "watchOS", "tvOS", "iPadOS", "visionOS", "iOS", "eBay", "iPhone", "iPad", "iMac", "iPod", "iCloud",
        "iTunes", "eSports", "eSIM", "mRNA", "pH", "kWh", "mAh", "vCPU", "gRPC", "jQuery", "npm", "macBook",
    };

    [GeneratedRegex(@"(?<=(?<![\p{L}\d.@/_\\-])\p{Lu}?\p{Ll}{2,}|%)(\.{1,2}|[!?])(?=[A-Z][a-z]+(?![\p{L}\d(_.]))", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndGlue();

    [GeneratedRegex(@"(?<=(?<![\p{L}\d.@/_\\-])\p{Ll}{3,})\.(?=[A-Z]{3,}(?![\p{L}\d(_.]))", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndBeforeAcronym();

    [GeneratedRegex(@"(?<![\p{L}\d.@/_\\""'-])(\p{Lu}?\p{Ll}{3,})([A-Z][a-z]*|[A-Z]{2,}[a-z]?)(?![\p{L}\d(_""'-])", RegexOptions.CultureInvariant)]
    private static partial Regex LowerUpperGlue();

    [GeneratedRegex(@"(?<![\p{L}\d:./-])((?:19|20)\d\d|\d{1,2}:\d\d(?::\d\d)?)(?=[A-Z][a-z]{2,}(?![\p{L}\d]))", RegexOptions.CultureInvariant)]
    private static partial Regex NumberGlue();

    // "Conferenceof the": "of" glued to a capitalised word; words that end in "of" end in "oof" ("Roof",
    // "Waterproof") or are "hereof" and its kin.
    [GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}\p{Ll}{3,}(?<!o|[Hh]ere|[Tt]here|[Ww]here)of(?= \p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedOf();

    // "U.Stechnology": the abbreviation lost its last period and its space.
    [GeneratedRegex(@"(?<![\p{L}.])U\.S(?=\p{Ll}{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex UsGlue();

    [GeneratedRegex(@"\([^()\n]{3,}\)(?=[A-Z][a-z]{2,}(?![\p{L}\d]))", RegexOptions.CultureInvariant)]
    private static partial Regex BracketGlue();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;
        string text = document.Text;
        foreach (Match m in SentenceEndGlue().Matches(text))
        {
            if (!Usable(document, m.Index, m.Length + 1)) continue;
            // "System.Text": after a capitalised word only a word that opens sentences counts.
            int wordStart = m.Index;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (char.IsUpper(text[wordStart]) && !SentenceStarters.Contains(NextWord(text, m.Index + m.Length))) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, m.Length), "no space after the sentence end", m.Value[0] + " ");
        }
        foreach (Match m in SentenceEndBeforeAcronym().Matches(text))
        {
            if (!Usable(document, m.Index, m.Length + 1)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, 1), "no space after the sentence end", ". ");
        }
        foreach (Match m in LowerUpperGlue().Matches(text))
        {
            string left = m.Groups[1].Value, right = m.Groups[2].Value;
            bool capitalisedLeft = char.IsUpper(left[0]);
            bool nameAfter = _knownNames.Contains(right) && right.Length >= 3
                // "companiesNVIDIA": an everyday word glued to an acronym ("parseJSON" is code: not an everyday word).
                || !capitalisedLeft && right.Length >= 4 && right.All(char.IsUpper) && (left.Length >= 6 || CommonWords.Contains(left));
            // "DingjideMore": a capitalised word is only split before a word that starts sentences.
            bool starter = SentenceStarters.Contains(right) || capitalisedLeft && right == "More";
            if (!starter && (!nameAfter || capitalisedLeft)) continue;
            if (CamelBrands.Contains(m.Value) || _knownNames.Contains(m.Value) || !Usable(document, m.Index, m.Length)) continue;
            int at = m.Groups[2].Index;
            // "developmentAnd the": a lost sentence end or a lost comma; an editor decides.
            if (right is "And" or "But")
                yield return context.Report(Rule, document, new TextSpan(m.Index, m.Length),
                    $"'{left}' and '{right}' run together: a period or a comma is missing; check by hand");
            else
                yield return context.Report(Rule, document, new TextSpan(at, 0),
                    $"'{left}' and '{right}' run together: a sentence end is missing", ". ");
        }
        foreach (Match m in UsGlue().Matches(text))
        {
            if (!Usable(document, m.Index, m.Length + 1)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index + m.Length, 0), "'U.S.' runs into the next word", ". ");
        }
        foreach (Match m in GluedOf().Matches(text))
        {
            if (!Usable(document, m.Index, m.Length)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index + m.Length - 2, 0), $"'{m.Value}': 'of' glued to the word before", " ");
        }
        foreach (Match m in NumberGlue().Matches(text))
        {
            int at = m.Index + m.Length;
            if (!Usable(document, m.Index, m.Length + 1)) continue;
            yield return context.Report(Rule, document, new TextSpan(at, 0), $"'{m.Value}' runs into the next word", " ");
        }
        foreach (Match m in BracketGlue().Matches(text))
        {
            int at = m.Index + m.Length;
            if (!Usable(document, m.Index, m.Length + 1)) continue;
            yield return context.Report(Rule, document, new TextSpan(at, 0), "no space after the closing bracket", " ");
        }
    }

    private static string NextWord(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[at..end];
    }

    private static bool Usable(Document document, int start, int length) =>
        !document.IsProtected(start, length) && ScriptMix.IsLatinLine(document.Text, start) && !InCodeToken(document.Text, start);

    // "System.Text", "a.b.Then", "{x:y}", "wx.chooseImage": a token with code characters is not prose.
    private static bool InCodeToken(string text, int at)
    {
        int start = at, end = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var token = text.AsSpan(start, end - start);
        return token.ContainsAny("{}[]<>/\\_=@#$`|*") || token.Count('.') > 2;
    }
}
