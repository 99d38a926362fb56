using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Tests.Glossary;

public sealed class GlossaryLoaderTests
{
    [Fact]
    public void Parse_EntryAndRule_ReadsEveryField()
    {
        var g = GlossaryLoader.Parse("""
            - canonical: Light Years Beyond
              source: 光年之外
              type: organization
              variants: ["light years away"]
              action: flag
              context: [Wang Huiwen, valuation]
              derive: false
              note: Wang Huiwen's 2023 start-up
            - pattern: '\bbig (models?)\b'
              replace: 'large $1'
              ignore_case: true
            """, "g.yaml");

        var e = Assert.Single(g.Entries);
        Assert.Equal(("Light Years Beyond", "光年之外", "organization", GlossaryAction.Flag, false),
            (e.Canonical, e.Source, e.Type, e.Action, e.Derive));
        Assert.Equal(["light years away"], e.Variants);
        Assert.Equal(["Wang Huiwen", "valuation"], e.Context);
        Assert.Equal(new SourceLocation("g.yaml", 1), e.Location);
        var r = Assert.Single(g.Rules);
        Assert.Matches(r.Pattern, "Big Models");
        Assert.Equal(new SourceLocation("g.yaml", 9), r.Location);
    }

    [Theory]
    [InlineData("- canonical: A\n  variants: x\n", 2, "'variants' must be a list")]
    [InlineData("- canonical: A\n  colour: red\n", 2, "unknown key 'colour'")]
    [InlineData("- canonical: A\n  type: animal\n", 2, "unknown type 'animal'")]
    [InlineData("- canonical: A\n  action: maybe\n", 2, "'action' must be fix or flag")]
    [InlineData("- source: 奈雪\n", 1, "entry needs 'canonical'")]
    [InlineData("- pattern: '(unclosed'\n  replace: x\n", 1, "bad regex")]
    [InlineData("- canonical: A\n- canonical: [B\n", 3, "")]                  // YAML syntax: where the parser noticed
    [InlineData("canonical: A\n", 1, "must be a list")]
    [InlineData("- canonical: A\n  variants: ['']\n", 2, "a variant is empty")]
    public void Parse_MalformedGlossary_ThrowsWithFileAndLine(string yaml, int line, string reason)
    {
        var e = Assert.Throws<GlossaryFormatException>(() => GlossaryLoader.Parse(yaml, "bad.yaml"));
        Assert.Equal("bad.yaml", e.Path);
        Assert.Equal(line, e.Line);
        Assert.Contains(reason, e.Reason);
        Assert.StartsWith($"bad.yaml:{line}: ", e.Message);
    }

    [Fact]
    public void Parse_EmptyFile_IsAnEmptyGlossary()
        => Assert.Empty(GlossaryLoader.Parse("# nothing yet\n", "empty.yaml").Entries);
}
