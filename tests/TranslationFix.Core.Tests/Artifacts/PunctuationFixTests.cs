using TranslationFix.Core.Checks.Punctuation;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

public sealed class PunctuationFixTests
{
    [Theory]
    [InlineData("to drive product innovation. . During the epidemic", "to drive product innovation. During the epidemic")]
    [InlineData("increased by 42% month-on-month. . On recruitment", "increased by 42% month-on-month. On recruitment")]
    [InlineData("Sales rose.. Then they fell.", "Sales rose. Then they fell.")]
    [InlineData("Why? . Nobody knows.", "Why? Nobody knows.")]
    [InlineData("He moved to the U.S.. Then he left.", "He moved to the U.S. Then he left.")]
    [InlineData("He said: \"It improved.\" . Then he left.", "He said: \"It improved.\" Then he left.")]
    [InlineData("“It works!” . Next.", "“It works!” Next.")]
    [InlineData("He left (why?). Then", "He left (why?). Then")]
    [InlineData("If pjson?.type is set", "If pjson?.type is set")]
    [InlineData("for i in 1..10 do", "for i in 1..10 do")]
    [InlineData("apples (and pears, etc.). Then", "apples (and pears, etc.). Then")]
    [InlineData("“It works” . Next.", "“It works” . Next.")]                    // no sentence end inside: another rule's business
    [InlineData("Wait... then go.", "Wait... then go.")]                       // an ellipsis
    [InlineData("and so on . . . until dawn.", "and so on . . . until dawn.")]   // a spaced ellipsis
    [InlineData("It ended. . . . Nothing more.", "It ended. . . . Nothing more.")]
    [InlineData("Version 1.2. Next line.", "Version 1.2. Next line.")]
    [InlineData("See https://example.com/a..b for it.", "See https://example.com/a..b for it.")]
    public void Fix_DoublePeriod_KeepsOneSentenceEnd(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new DoublePeriodCheck(), input));

    [Theory]
    [InlineData("online and offline integration. , to create digital new retail", "online and offline integration, to create digital new retail")]
    [InlineData("the plan., which failed", "the plan, which failed")]
    [InlineData("books, pens, etc. , were sold", "books, pens, etc., were sold")]
    [InlineData("Apple Inc., Google", "Apple Inc., Google")]
    [InlineData("in the U.S., China and Japan", "in the U.S., China and Japan")]
    [InlineData("It rose 5. , then fell", "It rose 5. , then fell")]                 // after a number: not sure
    public void Fix_PeriodBeforeComma_DropsThePeriod(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new PeriodBeforeCommaCheck(), input));

    [Theory]
    [InlineData("growth , but slowly", "growth, but slowly")]
    [InlineData("Is it true ? Yes .", "Is it true? Yes.")]
    [InlineData("three items : a, b", "three items: a, b")]
    [InlineData("“Enough” , she said", "“Enough”, she said")]
    [InlineData("We use .NET daily", "We use .NET daily")]
    [InlineData("great :) thanks", "great :) thanks")]
    [InlineData("a 3 : 1 ratio", "a 3 : 1 ratio")]
    [InlineData("remove the ? from the query", "remove the ? from the query")]
    [InlineData("cpp\t\t: cpp-12", "cpp\t\t: cpp-12")]
    [InlineData("name   : value", "name   : value")]
    [InlineData("so on . . . until", "so on . . . until")]
    [InlineData("  , indented", "  , indented")]
    [InlineData("a\n, b", "a\n, b")]
    public void Fix_SpaceBeforePunctuation_RemovesTheSpace(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new SpaceBeforePunctuationCheck(), input));

    [Theory]
    [InlineData("growth,but slowly;and then", "growth, but slowly; and then")]
    [InlineData("1,000 people", "1,000 people")]
    [InlineData("in the U.S.,China", "in the U.S.,China")]
    [InlineData("see https://example.com/a,b?x=1;y=2 now", "see https://example.com/a,b?x=1;y=2 now")]
    [InlineData("growth, but", "growth, but")]
    [InlineData("platform-{aix,arm} and read(n,cb) and tl;dr: done", "platform-{aix,arm} and read(n,cb) and tl;dr: done")]
    public void Fix_SpaceAfterPunctuation_AddsTheSpace(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new SpaceAfterPunctuationCheck(), input));

    [Theory]
    [InlineData("the“AIGC Report”was released", "the “AIGC Report” was released")]
    [InlineData("he said “no.”Then", "he said “no.” Then")]
    [InlineData("the “AIGC Report” was released", "the “AIGC Report” was released")]
    [InlineData("“Yes,” he said.", "“Yes,” he said.")]
    [InlineData("the ’90s and “rock”’s fans", "the ’90s and “rock”’s fans")]
    public void Fix_QuoteSpacing_AddsTheSpace(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new QuoteSpacingCheck(), input));

    [Fact]
    public void Fix_QuoteSpacing_GermanQuotesUntouched() =>
        Assert.Equal("Er sagte„Nein“und ging.", FixIdempotent(new QuoteSpacingCheck(), "Er sagte„Nein“und ging.", language: "de"));

    [Theory]
    [InlineData("Il a dit : « Non ! » Pourquoi ? Parce que ; voilà.")]
    [InlineData("Bonjour ! Ça va ?")]
    public void Fix_SpaceBeforePunctuation_FrenchSpacesKept(string input) =>
        Assert.Equal(input, FixIdempotent(new SpaceBeforePunctuationCheck(), input, language: "fr"));

    [Fact]
    public void Fix_SpaceBeforePunctuation_FrenchCommaStillFixed() =>
        Assert.Equal("Oui, bien sûr !", FixIdempotent(new SpaceBeforePunctuationCheck(), "Oui , bien sûr !", language: "fr"));

    [Theory]
    [InlineData("He read the the report.", "He read the report.")]
    [InlineData("The the report was late.", "The report was late.")]
    [InlineData("one of of them", "one of them")]
    [InlineData("a the the b", "a the b")]
    [InlineData("What it had had was enough.", "What it had had was enough.")]
    [InlineData("He said that that was fine.", "He said that that was fine.")]
    [InlineData("Walla Walla is in Washington.", "Walla Walla is in Washington.")]
    [InlineData("the theme", "the theme")]
    public void Fix_DoubledWord_RemovesTheSecond(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new DoubledWordCheck(), input));

    [Theory]
    [InlineData("plans to to to expand", "plans to expand", " to to")]
    [InlineData("the the\tthe the market", "the market", " the\tthe the")]
    public void Analyze_DoubledWordChain_OneFixForTheWholeRun(string input, string expected, string removed)
    {
        var fix = Assert.Single(Analyze(new DoubledWordCheck(), input));
        Assert.Equal(removed, fix.Text);
        Assert.Equal(expected, FixIdempotent(new DoubledWordCheck(), input));
    }

    [Theory]
    [InlineData("the results results were good", "results results")]
    [InlineData("Sie sagte, die die Regel kennt", null)]
    public void Analyze_DoubledContentWord_FlagsWithoutFix(string input, string? flagged)
    {
        var findings = Analyze(new DoubledWordCheck(), input, language: input.StartsWith("Sie") ? "de" : "en");
        if (flagged is null) { Assert.Empty(findings); return; }
        var finding = Assert.Single(findings);
        Assert.Null(finding.Replacement);
        Assert.Equal(flagged, finding.Text);
    }

    [Theory]
    [InlineData("Growth slowed，but profits rose。", "Growth slowed, but profits rose.")]
    [InlineData("Three things：speed；price（and）service！", "Three things: speed; price (and) service!")]
    [InlineData("Why？Because.", "Why? Because.")]
    [InlineData("He said「no」.", "He said “no”.")]
    [InlineData("Apples、pears", "Apples, pears")]
    [InlineData("Done。\nNext line", "Done.\nNext line")]
    [InlineData("Nayuki（奈雪的茶）opened a store。", "Nayuki（奈雪的茶）opened a store.")]          // the pair around Chinese stays
    [InlineData("奈雪的茶（Nayuki），a tea chain，grew。", "奈雪的茶（Nayuki）, a tea chain, grew.")]      // the pair beside Chinese stays
    [InlineData("sales（year on year）rose，奈雪 said", "sales (year on year) rose，奈雪 said")]
    [InlineData("）at the start", ") at the start")]
    public void Fix_FullWidthPunctuation_BecomesAscii(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new FullWidthPunctuationCheck(), input));

    [Theory]
    [InlineData("He said “no” and left.")]                                // curly quotes are English typography
    [InlineData("Sie sagte „Nein“ und ging.")]
    public void Fix_FullWidthPunctuation_LeavesMixedAndEnglishTextAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new FullWidthPunctuationCheck(), input));

    [Fact]
    public void Fix_FullWidthPunctuation_ChineseDocumentUntouched() =>
        Assert.Equal("Hello，world。", FixIdempotent(new FullWidthPunctuationCheck(), "Hello，world。", language: "zh"));
}
