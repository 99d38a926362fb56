using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

/// <summary>All artifact checks together, on text shaped like the seed article.</summary>
public sealed class ArtifactPipelineTests
{
    private const string Excerpt = """
        **01 He Gang chases the trend, what to do with Nayuki? **

        He Gang promoted the use of digitalization to drive product innovation. . During the epidemic, Nayuki also relied on online channels to accelerate online and offline integration. , to create digital new retail.

        Therefore, Nayuki can Turn losses into profits. Nayuki's overall management and Execution becomes standardized.

        The highest was 61, followed by 54 in June and March. From 50. The increase has also led to the birth of new startups.

        Perhaps, for large model companies that are trying to cross the river by feeling the stones, it is time to rethink the feasibility of their business models.
        """ + BoilerplateTests.GateFooter;

    [Theory]
    [InlineData("**01 He Gang chases the trend, what to do with Nayuki?**")]
    [InlineData("drive product innovation. During the epidemic")]
    [InlineData("online and offline integration, to create digital new retail")]
    [InlineData("Nayuki can turn losses into profits")]
    [InlineData("management and execution becomes")]
    [InlineData("From 50. The increase")]
    [InlineData("it is time to rethink the feasibility of their business models.")]
    public void FixAll_SeedExcerpt_Contains(string expected) => Assert.Contains(expected, FixAll(Excerpt));

    [Theory]
    [InlineData("? **")]
    [InlineData("View Original")]
    [InlineData("third-party content")]
    [InlineData("Scan to download Gate App")]
    [InlineData("简体中文")]
    [InlineData("Trade Crypto Anywhere Anytime")]
    public void FixAll_SeedExcerpt_DoesNotContain(string absent) => Assert.DoesNotContain(absent, FixAll(Excerpt));

    [Fact]
    public void FixAll_SeedExcerpt_IsIdempotent()
    {
        string once = FixAll(Excerpt);
        Assert.Equal(once, FixAll(once));
    }

    [Theory]
    [InlineData("fr", "Le président a déclaré : « Nous avons un Plan ! » Pourquoi ? Parce que ; voilà.\n\nLa Commission a répondu : « Non. »")]
    [InlineData("de", "Die Firma hat einen Plan für den Markt. Er sagte: „Wir haben ein Problem.“ Das Team war bereit.")]
    [InlineData("en", "He said: “We have a plan.” Then he left... and nobody followed (not even Dr. Lee of the U.S. team).")]
    public void FixAll_CorrectTypographyOfTheLanguage_IsLeftAlone(string language, string text) =>
        Assert.Equal(text, FixAll(text, language));

    private static readonly string[] Pieces =
    [
        "the", "The", "Turn", "losses", "View Original", "Share", "50", "From", "U.S.", "Dr.", "**", "__", " ", " ", "  ",
        ".", ". .", ". ,", ",", " ,", "?", "!", ":", ";", "…", "...", "“", "”", "\"", "„", "(", ")", "[", "]",
        "，", "。", "（", "）", "：", "「", "」", "奈雪", "\n", "\n\n", "\r\n", "\t", "English", "Español", "0/400", "#", "- ", "1.",
        "can", "Execution", "In", "of", "and", "growth", "a", "x", ",but", "’s", "’", "Copyright", "All rights reserved.", "```",
    ];

    [Property(MaxTest = 500, EndSize = 200)]
    public Property FixAll_AnyText_IsIdempotent() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                string once = FixAll(text);
                return once == FixAll(once);
            });

    private const string Characters = "aAbTtIi sS .,;:!?…\"'“”‘’„«»()[]{}*_#-•/\\0123456789，。：；！？、（）【】「」奈雪\n\r\t\u3000";

    [Property(MaxTest = 500, EndSize = 300)]
    public Property FixAll_AnyCharacters_NeverThrowsAndIsIdempotent() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Characters.ToCharArray())).Select(chars => new string([.. chars])).ToArbitrary(),
            text =>
            {
                string once = FixAll(text);
                return once == FixAll(once);
            });
}
