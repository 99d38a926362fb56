using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;
using TranslationFix.Translation.Retranslation;
using TranslationFix.Translation.Tests.Support;

namespace TranslationFix.Translation.Tests.Retranslation;

public sealed class SegmentRetranslatorTests
{
    private static readonly RuleDescriptor NumberMismatch = new("number.source-mismatch", "Number differs from the source", Severity.Error, "");
    private static readonly RuleDescriptor SplitName = new("name.split", "Split name", Severity.Warning, "");
    private static readonly RuleDescriptor DoublePeriod = new("punct.double-period", "Doubled period", Severity.Warning, "");

    private const string Target = "Nayuki raised US$3 million. He Gang left.\n\nSales rose..";
    private static readonly Document TargetDocument = Document.Create(Target);

    // Segment spans (with a trailing space that the retranslator trims).
    private static readonly SegmentPair[] Segments =
    [
        new(0, "奈雪的茶融资3000万美元。", new TextSpan(0, 28)),
        new(1, "何刚离职。", new TextSpan(28, 13)),
        new(2, "销售额上升。", new TextSpan(43, 12)),
    ];

    private static Finding At(RuleDescriptor rule, string text, string message, string? replacement = null)
    {
        int start = Target.IndexOf(text, StringComparison.Ordinal);
        return CheckContext.Default.Report(rule, TargetDocument, new TextSpan(start, text.Length), message, replacement);
    }

    private static FakeTranslator Translator() => new(source => source switch
    {
        "奈雪的茶融资3000万美元。" => "Nayuki raised US$30 million.",
        "何刚离职。" => "He Gang left.",
        _ => $"EN[{source}]",
    });

    [Fact]
    public async Task RetranslateAsync_NumberMismatch_OffersSegmentTranslationFromTranslator()
    {
        var translator = Translator();
        var findings = new[] { At(NumberMismatch, "US$3 million", "3000万美元 is US$30 million") };

        var offers = await new SegmentRetranslator(translator, "zh-Hans").RetranslateAsync(TargetDocument, Segments, findings);

        var offer = Assert.Single(offers);
        Assert.Equal("number.source-mismatch", offer.RuleId);
        Assert.Equal(Severity.Error, offer.Severity);
        Assert.Equal(new TextSpan(0, 27), offer.Span);
        Assert.Equal("Nayuki raised US$3 million.", offer.Text);
        Assert.Equal("Nayuki raised US$30 million.", offer.Replacement);
        Assert.Equal("translator", offer.Origin);
        Assert.Equal((1, 1), (offer.Line, offer.Column));
        Assert.StartsWith("3000万美元 is US$30 million", offer.Message);
        var (texts, request) = Assert.Single(translator.Calls);
        Assert.Equal(["奈雪的茶融资3000万美元。"], texts);
        Assert.Equal(new TranslationRequest("zh-Hans", "en"), request);
    }

    [Fact]
    public async Task RetranslateAsync_UntriggeringRulesOnly_NothingOfferedNoCall()
    {
        var translator = Translator();
        var findings = new[] { At(DoublePeriod, "..", "doubled period", ".") };

        var offers = await new SegmentRetranslator(translator, "zh-Hans").RetranslateAsync(TargetDocument, Segments, findings);

        Assert.Empty(offers);
        Assert.Empty(translator.Calls);
    }

    [Fact]
    public async Task RetranslateAsync_SameTextAsBefore_NotOffered()
    {
        var findings = new[] { At(SplitName, "He Gang", "split name") };

        var offers = await new SegmentRetranslator(Translator(), "zh-Hans").RetranslateAsync(TargetDocument, Segments, findings);

        Assert.Empty(offers);
    }

    [Fact]
    public async Task RetranslateAsync_SeveralFindings_OneOfferPerSegmentMostSevereRule()
    {
        var findings = new[]
        {
            At(SplitName, "Nayuki", "split name"),
            At(NumberMismatch, "US$3 million", "magnitude slip"),
            At(SplitName, "He Gang", "split name"),
        };

        var offers = await new SegmentRetranslator(Translator(), "zh-Hans").RetranslateAsync(TargetDocument, Segments, findings);

        Assert.Equal("number.source-mismatch", Assert.Single(offers).RuleId);
    }

    [Fact]
    public async Task RetranslateAsync_SourceScriptLeftInTarget_DetectedWithoutFinding()
    {
        const string target = "Nayuki CTO 何刚 left.";
        var translator = new FakeTranslator(_ => "Nayuki CTO He Gang left.");

        var offers = await new SegmentRetranslator(translator, null)
            .RetranslateAsync(Document.Create(target), [new SegmentPair(0, "奈雪的茶CTO何刚离职。", new TextSpan(0, target.Length))], []);

        var offer = Assert.Single(offers);
        Assert.Equal("translation.untranslated", offer.RuleId);
        Assert.Equal("Nayuki CTO He Gang left.", offer.Replacement);
        Assert.Contains("'何刚' was left untranslated", offer.Message);
    }

    [Fact]
    public async Task RetranslateAsync_DetectionOffAndFamilyTrigger_OnlyFamilyFires()
    {
        const string target = "Sales 上升 by 3%.";
        var document = Document.Create(target);
        var findings = new[] { CheckContext.Default.Report(new RuleDescriptor("number.dropped", "t", Severity.Warning, ""), document, new TextSpan(13, 2), "dropped") };
        var retranslator = new SegmentRetranslator(new FakeTranslator(), "zh-Hans") { Triggers = ["number"], DetectUntranslatedText = false };

        var offers = await retranslator.RetranslateAsync(document, [new SegmentPair(0, "销售额上升3%。", new TextSpan(0, target.Length))], findings);
        var none = await retranslator.RetranslateAsync(document, [new SegmentPair(0, "销售额上升3%。", new TextSpan(0, target.Length))], []);

        Assert.Equal("number.dropped", Assert.Single(offers).RuleId);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("Nayuki 何刚", "en", "何刚")]
    [InlineData("Nayuki はい", "en-US", "はい")]
    [InlineData("Nayuki 한국", "fr", "한국")]
    [InlineData("奈雪的茶", "zh-Hans", null)]          // a CJK target is not "untranslated"
    [InlineData("Nayuki, “quoted”，", "en", null)]   // full-width punctuation is not a letter
    public void UntranslatedTextDetector_FirstRun(string text, string language, string? expected)
    {
        var run = UntranslatedTextDetector.FirstRun(text, new TextSpan(0, text.Length), language);

        Assert.Equal(expected, run is { } r ? text.Substring(r.Start, r.Length) : null);
    }
}
