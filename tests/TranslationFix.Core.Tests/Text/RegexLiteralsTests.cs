using System.Text.RegularExpressions;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Text;

public sealed class RegexLiteralsTests
{
    [Theory]
    [InlineData(@"\blarge[- ]scale (start-?ups?|unicorns?)\b", "large")]
    [InlineData(@"\b(new first|first|second)[- ]line cit(y|ies)\b", "line cit")]
    [InlineData(@"\bAI illusions?\b", "AI illu")]                  // cut at 's' (the long s); the optional 's' dropped
    [InlineData(@"\b[Pp]ort (stocks|shares)\b", "ort ")]
    [InlineData(@"\bhead (?:firms|brands)\b(?! (?:record)\b)", "head ")]
    [InlineData(@"price\+ tag", "price+ tag")]
    public void Required_LiteralOutsideGroupsAndQuantifiers_Found(string pattern, string expected)
    {
        Assert.Equal(expected, RegexLiterals.Required(pattern, RegexOptions.None));
    }

    [Theory]
    [InlineData(@"\bfoo|bar\b")]                 // top-level alternation
    [InlineData(@"\b(?:new forces|car making)\b")] // everything inside one group
    [InlineData(@"(?x) large \s scale")]          // free spacing: spaces are not text
    [InlineData(@"\p{Lu}ab")]                     // escapes with arguments are not parsed
    [InlineData(@"ab?")]                           // too short once the optional letter goes
    public void Required_NothingCertain_Null(string pattern)
    {
        Assert.Null(RegexLiterals.Required(pattern, RegexOptions.None));
    }

    [Fact]
    public void Required_FreeSpacingOption_Null()
    {
        Assert.Null(RegexLiterals.Required("large scale", RegexOptions.IgnorePatternWhitespace));
    }

    // Every shipped rule, on text made of its own matches: wherever a rule matches, its required
    // piece is there (so skipping texts without it never loses a match).
    [Fact]
    public void Required_EveryShippedRule_InEveryMatchOfIt()
    {
        int checkedMatches = 0;
        foreach (var rule in BuiltInGlossaries.For("zh-en").Rules)
        {
            string? required = RegexLiterals.Required(rule.Pattern);
            if (required is null) continue;
            foreach (string sample in Samples(rule.Pattern))
            {
                foreach (Match m in rule.Pattern.Matches(sample))
                {
                    Assert.Contains(required, m.Value, StringComparison.OrdinalIgnoreCase);
                    checkedMatches++;
                }
            }
        }
        Assert.True(checkedMatches >= 10, $"only {checkedMatches} sample matches");
    }

    // Candidate texts for a pattern: its alternatives' words combined with its literal text.
    private static IEnumerable<string> Samples(Regex pattern)
    {
        string words = Regex.Replace(pattern.ToString(), @"\\[bBwWdDsSAzZG]|[()?:!=\[\]\\^$*+]", " ");
        yield return words;
        yield return words.Replace('|', ' ');
        yield return words.ToUpperInvariant().Replace('|', ' ');
    }
}
