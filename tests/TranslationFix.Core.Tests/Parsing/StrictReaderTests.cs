using System.Diagnostics;
using System.Text;
using TranslationFix.Core.Baselines;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Formats;

namespace TranslationFix.Core.Tests.Parsing;

/// <summary>JSON, XML and CSV readers: malformed or hostile input is an error with file and line, never a crash, a hang or silent data.</summary>
public sealed class StrictReaderTests
{
    [Fact]
    public void Jsonl_LoneSurrogateEscape_IsAnErrorOnItsLine()
    {
        var e = Assert.Throws<BilingualFormatException>(() => JsonlReader.Read("{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\",\"target\":\"b\\ud800c\"}\n", "x.jsonl"));
        Assert.Equal(2, e.Line);
        Assert.Contains("lone surrogate", e.Message);
    }

    [Fact]
    public void Jsonl_RepeatedKey_IsAnError()
    {
        var e = Assert.Throws<BilingualFormatException>(() => JsonlReader.Read("{\"source\":\"a\",\"target\":\"b\",\"target\":\"c\"}\n", "x.jsonl"));
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Jsonl_DeepNesting_IsAnError()
    {
        string line = "{\"source\":\"a\",\"target\":\"b\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var e = Assert.Throws<BilingualFormatException>(() => JsonlReader.Read(line, "x.jsonl"));
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Xliff_TargetIsAnExternalEntity_IsAnError()
    {
        const string xliff = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [
              <!ENTITY secret SYSTEM "file:///etc/hostname">
            ]>
            <xliff version="1.2"><file source-language="zh" target-language="en"><body>
            <trans-unit id="1"><source>你好</source><target>&secret;</target></trans-unit>
            </body></file></xliff>
            """;
        var e = Assert.Throws<BilingualFormatException>(() => XliffReader.Read(xliff, "x.xlf"));
        Assert.Contains("external entity 'secret'", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Tmx_DoctypeWithExternalDtd_StillReads()
    {
        const string tmx = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4"><header srclang="zh"/><body>
            <tu><tuv xml:lang="zh"><seg>你好</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
            </body></tmx>
            """;
        Assert.Equal("Hello", Assert.Single(TmxReader.Read(tmx, "x.tmx").Segments).Target);
    }

    [Fact]
    public void Xliff_HundredThousandNestedInlineTags_FailsFast()
    {
        var text = new StringBuilder("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source><target>");
        for (int i = 0; i < 100_000; i++) text.Append("<g>");
        text.Append('b');
        for (int i = 0; i < 100_000; i++) text.Append("</g>");
        text.Append("</target></trans-unit></body></file></xliff>");
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<BilingualFormatException>(() => XliffReader.Read(text.ToString(), "x.xlf"));

        Assert.Contains("nested more than", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Xml_NoContent_ErrorHasALine(string text)
    {
        var e = Assert.Throws<BilingualFormatException>(() => XliffReader.Read(text, "x.xlf"));
        Assert.StartsWith("x.xlf:1: ", e.Message);
    }

    [Fact]
    public void Xml_MismatchedTag_ErrorHasItsLine()
    {
        var e = Assert.Throws<BilingualFormatException>(() => TmxReader.Read("<tmx>\n<body>\n</tmx>", "x.tmx"));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Tbx_ExternalEntity_IsAnError() =>
        Assert.Throws<GlossaryFormatException>(() => TbxFormat.Read("<!DOCTYPE tbx [<!ENTITY e SYSTEM \"x\">]><tbx>&e;</tbx>", "t.tbx", "zh", "en"));

    [Fact]
    public void Csv_UnbalancedQuote_IsAnErrorNotASwallowedRow()
    {
        var e = Assert.Throws<GlossaryFormatException>(() =>
            GlossaryCsvReader.Read("canonical,variants\nNayuki,\"Nai Xue\nByteDance,Byte Dance\n", "g.csv"));
        Assert.True(e.Line == 2, e.Message);
        Assert.Contains("unbalanced quote", e.Message);
    }

    [Fact]
    public void Csv_ExtraColumns_IsAnError()
    {
        var e = Assert.Throws<GlossaryFormatException>(() => GlossaryCsvReader.Read("canonical,variants\nNayuki,Nai Xue,extra\n", "g.csv"));
        Assert.Equal(2, e.Line);
        Assert.Contains("3 cells", e.Message);
    }

    [Fact]
    public void Csv_DuplicateHeader_IsAnError()
    {
        var e = Assert.Throws<GlossaryFormatException>(() => GlossaryCsvReader.Read("canonical,variants,Variants\nNayuki,a,b\n", "g.csv"));
        Assert.Equal(1, e.Line);
        Assert.Contains("'variants' appears twice", e.Message);
    }

    [Fact]
    public void Csv_QuotedCellWithDelimiter_StillReads()
    {
        var glossary = GlossaryCsvReader.Read("canonical,variants\n\"Nayuki, Inc.\",\"Nai Xue; Naixue\"\n", "g.csv");
        Assert.Equal("Nayuki, Inc.", Assert.Single(glossary.Entries).Canonical);
    }

    [Fact]
    public void Baseline_DeepNesting_IsAnError() =>
        Assert.Throws<BaselineFormatException>(() => Baseline.Parse("{\"version\":1,\"files\":" + new string('[', 5000) + "}", "b.json"));

    [Fact]
    public void Baseline_RepeatedKey_IsAnError() =>
        Assert.Throws<BaselineFormatException>(() => Baseline.Parse("{\"version\":1,\"version\":1,\"files\":{}}", "b.json"));
}
