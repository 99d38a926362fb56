using TranslationFix.Core.Bilingual;

namespace TranslationFix.Core.Tests.Bilingual;

public sealed class BilingualReaderTests
{
    private const string Xliff12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt">
            <body>
              <trans-unit id="1"><source>营收<g id="b">3000万美元</g></source><target>Revenue of <g id="b">US$3 million</g></target></trans-unit>
              <trans-unit id="2"><source>未翻译</source></trans-unit>
              <trans-unit id="3"><source>门店86家</source><target>86 stores</target></trans-unit>
            </body>
          </file>
        </xliff>
        """;

    private const string Xliff20 = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ja" trgLang="en">
          <file id="f1">
            <unit id="u1">
              <segment id="s1"><source>売上は3000万ドル</source><target>Sales of US$30 million</target></segment>
              <segment><source>50%増</source><target>up 50%</target></segment>
            </unit>
          </file>
        </xliff>
        """;

    private const string Tmx = """
        <tmx version="1.4">
          <header srclang="es" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
          <body>
            <tu tuid="7"><tuv xml:lang="en"><seg>US$30 million</seg></tuv><tuv xml:lang="es-ES"><seg>30 millones de dólares</seg></tuv></tu>
          </body>
        </tmx>
        """;

    [Fact]
    public void Read_Xliff12_PairsUnitsWithTargetsAndDropsInlineTags()
    {
        var file = XliffReader.Read(Xliff12, "a.xlf");
        Assert.Equal("zh", file.SourceLanguage);
        Assert.Equal("en", file.TargetLanguage);
        Assert.Equal(["1", "3"], file.Segments.Select(s => s.Id));
        Assert.Equal(("营收3000万美元", "Revenue of US$3 million"), (file.Segments[0].Source, file.Segments[0].Target));
    }

    [Fact]
    public void Read_Xliff20_ReadsSegments()
    {
        var file = XliffReader.Read(Xliff20);
        Assert.Equal("ja", file.SourceLanguage);
        Assert.Equal(["s1", "u1#2"], file.Segments.Select(s => s.Id));
        Assert.Equal("up 50%", file.Segments[1].Target);
    }

    [Fact]
    public void Read_Tmx_UsesHeaderSourceLanguage()
    {
        var file = TmxReader.Read(Tmx);
        var segment = Assert.Single(file.Segments);
        Assert.Equal(("30 millones de dólares", "US$30 million", "7"), (segment.Source, segment.Target, segment.Id));
        Assert.Equal(("es", "en"), (file.SourceLanguage, file.TargetLanguage));
    }

    [Fact]
    public void Read_Jsonl_OneObjectPerLine()
    {
        var file = JsonlReader.Read("{\"source\":\"营收3000万美元\",\"target\":\"US$30 million\"}\n\n{\"id\":\"x\",\"source\":\"86家\",\"target\":\"86\"}\n");
        Assert.Equal(["1", "x"], file.Segments.Select(s => s.Id));
        Assert.Equal(3, file.Segments[1].Line);
    }

    [Theory]
    [InlineData(BilingualFormat.Jsonl, "{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\"}", 2, "missing string field 'target'")]
    [InlineData(BilingualFormat.Jsonl, "{\"source\":\"a\",\"target\":\"b\"}\nnot json", 2, "not valid JSON")]
    [InlineData(BilingualFormat.Xliff, "<xliff version=\"1.2\">\n<file><body><trans-unit id=\"1\"><target>x</target></trans-unit></body></file></xliff>", 2, "without <source>")]
    [InlineData(BilingualFormat.Xliff, "<xliff>\n<unclosed>", 2, "")]
    [InlineData(BilingualFormat.Tmx, "<tmx>\n<body><tu><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>", 2, "two <tuv>")]
    public void Read_BadInput_ThrowsWithFileAndLine(BilingualFormat format, string text, int line, string reason)
    {
        var e = Assert.Throws<BilingualFormatException>(() => BilingualFormats.Read(text, format, "pairs.dat"));
        Assert.Equal(line, e.Line);
        Assert.StartsWith($"pairs.dat:{line}: ", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Theory]
    [InlineData("a.xlf", BilingualFormat.Xliff)]
    [InlineData("a.XLIFF", BilingualFormat.Xliff)]
    [InlineData("a.tmx", BilingualFormat.Tmx)]
    [InlineData("a.jsonl", BilingualFormat.Jsonl)]
    [InlineData("a.txt", null)]
    public void FromPath_Extension_GivesFormat(string path, BilingualFormat? expected)
        => Assert.Equal(expected, BilingualFormats.FromPath(path));

    [Fact]
    public void TargetText_SegmentsWithLineBreaks_StayOneParagraphEach()
    {
        var file = new BilingualFile([new("1", "甲\n\n乙", "A\n\nB", 1), new("2", "丙", "", 2)], "zh", "en");
        Assert.Equal("A B\n\n-", file.TargetText);
        var alignment = SegmentAligner.Align(file.ToSourceText().Text, file.TargetText, AlignmentMode.Paragraphs);
        Assert.True(alignment.IsComplete);
        Assert.Equal("甲 乙", alignment.Pairs[0].Source);
        Assert.Equal(["segment 1, line 1", "segment 2, line 2"], file.ToSourceText().SegmentNames);
    }

    [Fact]
    public void Check_XliffSegments_MessagesNameTheSegment()
    {
        var file = XliffReader.Read(Xliff12, "a.xlf");
        var doc = TranslationFix.Core.Text.Document.Create(file.TargetText).WithSource(file.ToSourceText());
        var f = Assert.Single(Tests.Numbers.NumberTestEngine.Fix(doc.Text, doc.Source).Findings);
        Assert.EndsWith("(segment 1, line 5)", f.Message);
        Assert.Equal("US$30 million", f.Replacement);
    }
}
