using TranslationFix.Core.Evaluation;

namespace TranslationFix.Core.Tests.Evaluation;

public sealed class AnnotationReaderTests
{
    private const string Text = "The firm Small Rice sold phones..It grew.";

    [Fact]
    public void ReadErrors_GoodFile_GivesEachEntryWithItsLine()
    {
        const string json = """
            [
              {"wrong": "Small Rice", "right": "Xiaomi", "kind": "name", "confidence": "high"},
              {"wrong": "phones..It", "right": "phones. It", "kind": "punctuation", "confidence": "medium"}
            ]
            """;
        var annotations = AnnotationReader.ReadErrors(json, "a.errors.json", Text);
        Assert.Equal(
            [new Annotation("Small Rice", "Xiaomi", "name", "high", 2), new Annotation("phones..It", "phones. It", "punctuation", "medium", 3)],
            annotations);
    }

    [Theory]
    [InlineData("""[{"wrong": "Small Rice", "right": "Xiaomi", "kind": "brand", "confidence": "high"}]""", "kind 'brand' is not one of")]
    [InlineData("""[{"wrong": "Small Rice", "right": "Xiaomi", "kind": "name", "confidence": "low"}]""", "confidence 'low' is not one of")]
    [InlineData("""[{"wrong": "Small Rice", "kind": "name", "confidence": "high"}]""", "'right' is missing")]
    [InlineData("""[{"wrong": "Small Rice", "right": "Xiaomi", "kind": "name", "confidence": "high", "note": "x"}]""", "unknown key 'note'")]
    [InlineData("""[{"wrong": "Big Rice", "right": "Xiaomi", "kind": "name", "confidence": "high"}]""", "does not occur in the annotated text")]
    [InlineData("""[{"wrong": 3, "right": "Xiaomi", "kind": "name", "confidence": "high"}]""", "'wrong' must be a string")]
    [InlineData("""{"wrong": "Small Rice"}""", "expected a JSON list")]
    public void ReadErrors_BadEntry_NamesFileLineAndReason(string json, string reason)
    {
        var e = Assert.Throws<AnnotationFormatException>(() => AnnotationReader.ReadErrors(json, "a.errors.json", Text));
        Assert.StartsWith("a.errors.json:1: ", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void ReadErrors_InvalidJson_NamesTheLine()
    {
        const string json = "[\n  {\"wrong\": \"Small Rice\",\n  \"right\" \"Xiaomi\"}\n]";
        var e = Assert.Throws<AnnotationFormatException>(() => AnnotationReader.ReadErrors(json, "a.errors.json", Text));
        Assert.StartsWith("a.errors.json:3: invalid JSON", e.Message);
    }

    [Fact]
    public void ReadTraps_GoodFile_ParsesKindsAndLeavesWhyOptional()
    {
        const string json = """
            [
              {"file": "c.txt", "text": "Rice fields", "kind": "must_not_change", "why": "crop"},
              {"file": "c.txt", "text": "Advertisement", "kind": "native_page_furniture"}
            ]
            """;
        var traps = AnnotationReader.ReadTraps(json, "traps.json", _ => "Advertisement\nRice fields grew.");
        Assert.Equal(
            [new Trap("c.txt", "Rice fields", TrapKind.MustNotChange, "crop", 2), new Trap("c.txt", "Advertisement", TrapKind.NativePageFurniture, "", 3)],
            traps);
    }

    [Theory]
    [InlineData("""[{"file": "d.txt", "text": "Rice", "kind": "must_not_change"}]""", "file 'd.txt' is not in the control set")]
    [InlineData("""[{"file": "c.txt", "text": "Wheat", "kind": "must_not_change"}]""", "trap text \"Wheat\" does not occur in c.txt")]
    [InlineData("""[{"file": "c.txt", "text": "Rice", "kind": "keep"}]""", "kind 'keep' is not one of")]
    public void ReadTraps_BadEntry_NamesFileLineAndReason(string json, string reason)
    {
        var e = Assert.Throws<AnnotationFormatException>(() =>
            AnnotationReader.ReadTraps(json, "traps.json", name => name == "c.txt" ? "Rice fields grew." : null));
        Assert.StartsWith($"traps.json:1: {reason}", e.Message);
    }
}
