using System.Diagnostics;
using System.Text;
using TranslationFix.Core.Configuration;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Tests.Parsing;

/// <summary>No YAML file, however hostile, crashes the loaders: every limit is an error naming the line.</summary>
public sealed class YamlLimitsTests
{
    private static GlossaryFormatException GlossaryError(string yaml) =>
        Assert.Throws<GlossaryFormatException>(() => GlossaryLoader.Parse(yaml, "g.yaml"));

    [Fact]
    public void Glossary_NestedSixtyThousandDeep_IsAnErrorNotAStackOverflow()
    {
        var clock = Stopwatch.StartNew();
        var e = GlossaryError(new string('[', 60_000));

        Assert.Equal(1, e.Line);
        Assert.Contains("nested more than", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the depth is checked before the nesting is read");
    }

    [Fact]
    public void Config_NestedDeep_IsAnError()
    {
        string yaml = "rules:\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i + 2) + $"k{i}:\n"));
        var e = Assert.Throws<ConfigFormatException>(() => ConfigLoader.Parse(yaml, "tfix.yaml"));
        Assert.Contains("nested more than", e.Message);
    }

    [Fact]
    public void Glossary_NestingWithinTheLimit_Loads()
    {
        var glossary = GlossaryLoader.Parse("- canonical: Nayuki\n  variants: [[\"a\"]]\n".Replace("[[\"a\"]]", "[\"Nai Xue\"]"), "g.yaml");
        Assert.Single(glossary.Entries);
    }

    [Fact]
    public void Glossary_AliasBomb_IsRefused()
    {
        var yaml = new StringBuilder("- canonical: x\n  note: &a0 \"v\"\n");
        // Each level doubles: 2^30 values if expanded.
        yaml.Append("- canonical: y\n  context: &a1 [*a0, *a0]\n");
        for (int i = 2; i <= 30; i++) yaml.Append($"- canonical: z{i}\n  context: &a{i} [*a{i - 1}, *a{i - 1}]\n");
        var e = GlossaryError(yaml.ToString());
        Assert.Contains("aliases are expanded", e.Message);
    }

    [Fact]
    public void Glossary_TooManyAliases_IsRefused()
    {
        var yaml = new StringBuilder("- canonical: x\n  variants: &v [a]\n");
        for (int i = 0; i <= InputLimits.MaxYamlAliases; i++) yaml.Append($"- canonical: y{i}\n  variants: *v\n");
        var e = GlossaryError(yaml.ToString());
        Assert.Contains("aliases", e.Message);
    }

    [Fact]
    public void Glossary_UndefinedAlias_IsReportedOnItsLine()
    {
        var e = GlossaryError("- canonical: a\n  variants: [b]\n- canonical: c\n  variants: *nope\n");
        Assert.Equal(4, e.Line);
        Assert.Contains("'*nope'", e.Message);
    }

    [Fact]
    public void Glossary_SecondDocument_IsAnErrorOnItsLine()
    {
        var e = GlossaryError("- canonical: a\n---\n- canonical: b\n");
        Assert.Equal(2, e.Line);
        Assert.Contains("second YAML document", e.Message);
    }

    [Fact]
    public void Glossary_OneExplicitDocument_Loads() =>
        Assert.Single(GlossaryLoader.Parse("---\n- canonical: a\n...\n", "g.yaml").Entries);

    [Theory]
    [InlineData("- canonical: a\n\t variants: [b]\n", 2)]
    [InlineData("- canonical: a\n  variants:\n\t- b\n", 3)]
    public void Glossary_TabIndentation_IsReportedOnTheLineWithTheTab(string yaml, int line) =>
        Assert.Equal(line, GlossaryError(yaml).Line);

    [Fact]
    public void Config_SecondDocument_IsAnError()
    {
        var e = Assert.Throws<ConfigFormatException>(() => ConfigLoader.Parse("language: en\n---\nlanguage: fr\n", "tfix.yaml"));
        Assert.Equal("tfix.yaml:2: a second YAML document ('---') is not read: keep one document per file", e.Message);
    }

    [Fact]
    public void Config_InvalidExcludeGlob_IsAnErrorOnItsLine()
    {
        var e = Assert.Throws<ConfigFormatException>(() => ConfigLoader.Parse("language: en\nexclude:\n  - drafts/\n  - \"news/[2024\"\n", "tfix.yaml"));
        Assert.Equal(4, e.Line);
        Assert.Contains("never closed", e.Message);
    }

    [Theory]
    [InlineData("[z-a].md")]
    [InlineData("[].md")]
    [InlineData("a[b")]
    public void GlobPattern_Malformed_Throws(string glob) =>
        Assert.Throws<ArgumentException>(() => new GlobPattern(glob));

    [Fact]
    public void DataText_InvalidUtf8_IsAnErrorOnItsLine()
    {
        byte[] bytes = [.. "- canonical: a\n- canonical: b"u8, 0xC3, 0x28, .. "\n"u8];
        var e = Assert.Throws<DataFormatException>(() => DataText.Decode(bytes, "g.yaml"));
        Assert.Equal(2, e.Line);
        Assert.StartsWith("g.yaml:2: not valid UTF-8", e.Message);
    }

    [Fact]
    public void DataText_Utf8WithBom_DecodesWithoutTheBom() =>
        Assert.Equal("a: b", DataText.Decode([0xEF, 0xBB, 0xBF, .. "a: b"u8], "x.yaml"));
}
