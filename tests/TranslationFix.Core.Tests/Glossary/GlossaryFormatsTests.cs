using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Formats;

namespace TranslationFix.Core.Tests.Glossary;

public sealed class GlossaryFormatsTests
{
    private const string Csv = """
        canonical,source,type,variants,action,context
        Nayuki,奈雪的茶,organization,"Naixue's tea; Nai Xue",,
        Light Years Beyond,光年之外,organization,light years away,flag,Wang Huiwen|valuation

        large model,大模型,term,big model,fix,
        """;

    [Fact]
    public void CsvReader_ReadsEveryColumnAndSkipsBlankRows()
    {
        var g = GlossaryCsvReader.Read(Csv, "g.csv");
        Assert.Equal(["Nayuki", "Light Years Beyond", "large model"], g.Entries.Select(e => e.Canonical));
        Assert.Equal(["Naixue's tea", "Nai Xue"], g.Entries[0].Variants);
        Assert.Equal(GlossaryAction.Flag, g.Entries[1].Action);
        Assert.Equal(["Wang Huiwen", "valuation"], g.Entries[1].Context);
        Assert.Equal(("term", 5), (g.Entries[2].Type, g.Entries[2].Location.Line));
    }

    [Fact]
    public void CsvReader_Tsv_UsesTabs()
        => Assert.Equal("Nayuki", GlossaryCsvReader.Read("canonical\tsource\nNayuki\t奈雪的茶\n", "g.tsv", "\t").Entries.Single().Canonical);

    [Theory]
    [InlineData("canonical,colour\nA,red\n", 1, "unknown column 'colour'")]
    [InlineData("source,type\n奈雪,term\n", 1, "a 'canonical' column is needed")]
    [InlineData("canonical,type\nA,term\nB,animal\n", 3, "unknown type 'animal'")]
    [InlineData("canonical,action\nA,maybe\n", 2, "'action' must be fix or flag")]
    [InlineData("", 1, "empty file")]
    public void CsvReader_BadInput_NamesFileAndLine(string csv, int line, string reason)
    {
        var e = Assert.Throws<GlossaryFormatException>(() => GlossaryCsvReader.Read(csv, "bad.csv"));
        Assert.Equal(("bad.csv", line), (e.Path, e.Line));
        Assert.Contains(reason, e.Reason);
    }

    [Fact]
    public void YamlWriter_RoundTripsThroughTheLoader()
    {
        var original = GlossaryCsvReader.Read(Csv, "g.csv").Entries;
        var back = GlossaryLoader.Parse(GlossaryYamlWriter.Write(original), "g.yaml").Entries;
        Assert.Equal(original.Select(Shape), back.Select(Shape));
    }

    [Fact]
    public void Tbx_RoundTripsEntriesWithoutTheirContext()
    {
        var original = GlossaryCsvReader.Read(Csv, "g.csv");
        string tbx = TbxFormat.Write(original, "zh", "en");
        Assert.Contains("<term>Naixue's tea</term>", tbx);
        Assert.Contains("deprecatedTerm-admn-sts", tbx);

        var back = TbxFormat.Read(tbx, "g.tbx", "zh", "en").Entries;
        Assert.Equal(original.Entries.Select(e => Shape(e) with { Context = "" }), back.Select(Shape));
    }

    [Fact]
    public void Tbx_Malformed_NamesFileAndLine()
    {
        var e = Assert.Throws<GlossaryFormatException>(() => TbxFormat.Read("<tbx>\n<text>\n</tbx>", "bad.tbx", "zh", "en"));
        Assert.Equal(("bad.tbx", 3), (e.Path, e.Line));
    }

    private static EntryShape Shape(GlossaryEntry e) =>
        new(e.Canonical, e.Source, e.Type, string.Join("|", e.Variants), e.Action, string.Join("|", e.Context));

    private sealed record EntryShape(string Canonical, string? Source, string Type, string Variants, GlossaryAction Action, string Context);
}
