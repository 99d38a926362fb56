using TranslationFix.Core.Checks.Punctuation;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

/// <summary>The punctuation shapes of real MT pages, and the native text each rule must leave alone.</summary>
public sealed class SurfacePunctuationTests
{
    [Theory]
    [InlineData("Output fell, he said.However, exports grew.", "Output fell, he said. However, exports grew.")]
    [InlineData("Margins shrank in March.And prices rose.", "Margins shrank in March. And prices rose.")]
    [InlineData("sales saw negative growth..Rivals gained.", "sales saw negative growth. Rivals gained.")]
    [InlineData("Profit rose 12%.By June it was flat.", "Profit rose 12%. By June it was flat.")]
    [InlineData("the firm posted a loss.ACME shares fell.", "the firm posted a loss. ACME shares fell.")]
    [InlineData("the new AI modelsThe company said so.", "the new AI models. The company said so.")]
    [InlineData("a drop never seen until nowSome funds sold.", "a drop never seen until now. Some funds sold.")]
    [InlineData("a wave of selling among chip companiesQUALCOMM, a rival, fell.", "a wave of selling among chip companies. QUALCOMM, a rival, fell.")]
    [InlineData("and KestrelMore than ten rivals", "and Kestrel. More than ten rivals")]
    [InlineData("At the 2025Harbour Forum, she spoke.", "At the 2025 Harbour Forum, she spoke.")]
    [InlineData("2025-03-04 09:15:20Source: City Daily", "2025-03-04 09:15:20 Source: City Daily")]
    [InlineData("(Reporter Lin Wei)Yesterday, the port reopened.", "(Reporter Lin Wei) Yesterday, the port reopened.")]
    [InlineData("other U.Sshipping firms", "other U.S. shipping firms")]
    [InlineData("It raised US$656 million.On its first day", "It raised US$656 million. On its first day")]
    [InlineData("the opening Ceremonyof the games", "the opening Ceremony of the games")]
    public void Fix_GluedSentences_AreSplit(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new GluedSentenceCheck(), input));

    [Theory]
    [InlineData("She bought an iPhone and sold it on eBay.")]
    [InlineData("It runs macOS and watchOS; YouTube, LinkedIn, McKinsey, PayPal and WeChat too.")]
    [InlineData("The DeepSeek and OpenAI models, a MacBook, a PlayStation.")]
    [InlineData("Call useState() then getElementById or addEventListener.")]
    [InlineData("Use System.Text and Console.WriteLine in Node.js.")]
    [InlineData("The list is [\"addCard\", \"chooseImage\", \"checkIn\"].")]
    [InlineData("It said e.g.The and i.e.This are odd.")]
    [InlineData("Visit www.example.com/Page.Html today.")]
    [InlineData("He built the Waterproof roof and the Hereof clause.")]
    [InlineData("He flew in 2024.")]
    [InlineData("Proof of it: the 3D model and 5G phone and 4Paradigm.")]
    public void Fix_NativeText_NoGluedSentence(string input) =>
        Assert.Equal(input, FixIdempotent(new GluedSentenceCheck(), input));

    [Fact]
    public void Analyze_GluedAnd_IsFlaggedNotFixed()
    {
        var finding = Assert.Single(Analyze(new GluedSentenceCheck(), "parallel developmentAnd the rest"));
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void Fix_KnownNameAfterGlue_IsSplit() =>
        Assert.Equal("the port cities. Kestrel Logistics rose", FixIdempotent(new GluedSentenceCheck(["Kestrel"]), "the port citiesKestrel Logistics rose"));

    [Theory]
    [InlineData("a high - end phone", "a high-end phone")]
    [InlineData("a state - owned bank and a multi - modal model", "a state-owned bank and a multi-modal model")]
    [InlineData("a phenomenon - level hit", "a phenomenon-level hit")]
    [InlineData("the Qwen - 72B - Chat model", "the Qwen-72B-Chat model")]
    [InlineData("Chairman Park Ji -hoon said", "Chairman Park Ji-hoon said")]
    [InlineData("the ROK -US alliance and technical know -how", "the ROK-US alliance and technical know-how")]
    public void Fix_SpacedHyphens_AreJoined(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new SpacedHyphenCheck(), input));

    [Theory]
    [InlineData("The answer is - this is the point - no.")]
    [InlineData("Prices rose - the biggest jump in years.")]
    [InlineData("LONDON - Ships waited.")]
    [InlineData("The file was 1.03TB - which is large.")]
    [InlineData("high- and low-end phones")]
    [InlineData("It opens 9am - 5pm and scores 10 - 20.")]
    [InlineData("A dash — here – and there.")]
    [InlineData("$ ls -la\nrun `grep -rn`")]
    [InlineData("- a list item\n- another")]
    [InlineData("It was -5 degrees.")]
    [InlineData("Words ending in -ing and the -ed form")]
    public void Fix_DashesAndNativeHyphens_AreLeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new SpacedHyphenCheck(), input));

    [Theory]
    [InlineData("posted by ( @harbourcat ) today", "posted by (@harbourcat) today")]
    [InlineData("as shown [ 1 ] and “ fast growth ” ahead", "as shown [1] and “fast growth” ahead")]
    [InlineData("“We will act wisely.” And we will act carefully. ”", "“We will act wisely.” And we will act carefully.”")]
    public void Fix_SpaceInsideBrackets_IsRemoved(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new SpaceInsideBracketsCheck(), input));

    [Theory]
    [InlineData("- [ ] a task\n- [x] done")]
    [InlineData("an empty pair ( ) here")]
    [InlineData("identify “‘clinics serving an “unusually high share.”’”")]
    [InlineData("he said “it is so … ”")]
    [InlineData("it is “quite wrong to assume . . . ” that")]
    [InlineData("(already tight) and [fine] and “quoted”")]
    public void Fix_NativeBrackets_AreLeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new SpaceInsideBracketsCheck(), input));

    [Theory]
    [InlineData("shares at HK $12.5 and US $2 billion", "shares at HK$12.5 and US$2 billion")]
    [InlineData("priced at $30/per share", "priced at $30 per share")]
    [InlineData("Kestrel (01234. HK) and Lark (600123. SH)", "Kestrel (01234.HK) and Lark (600123.SH)")]
    [InlineData("Lark 600123. SH rose", "Lark 600123.SH rose")]
    [InlineData("62 a-share firms and h-shares", "62 A-share firms and H-shares")]
    [InlineData("held a GPT4 event and tried GPT4o", "held a GPT-4 event and tried GPT-4o")]
    public void Fix_SplitTokens_AreJoined(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new SplitTokenCheck(), input));

    [Theory]
    [InlineData("A $5 fee was charged in the US. HK investors left.")]
    [InlineData("It sold 1200. HK buyers came.")]
    [InlineData("km/h and 10/10 and GPT-4 and a share of it")]
    [InlineData("Kestrel (01234.HK) and US$2 billion")]
    public void Fix_NativeTokens_AreLeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new SplitTokenCheck(), input));

    [Fact]
    public void Fix_DoubledKnownName_KeepsOne() =>
        Assert.Equal("shares of Kestrel rose", FixIdempotent(new DoubledNameCheck(["Kestrel"]), "shares of KestrelKestrel rose"));

    [Theory]
    [InlineData("He went to Bora Bora and saw the Kestrel brand.")]
    [InlineData("Kestrel and kestrelkestrel and the HaHa show")]
    public void Fix_NoDoubledName_LeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new DoubledNameCheck(["Kestrel"]), input));

    [Fact]
    public void Analyze_DoubledUnknownWord_IsFlagged()
    {
        var finding = Assert.Single(Analyze(new DoubledNameCheck(), "shares of HarbourHarbour rose"));
        Assert.Null(finding.Replacement);
    }

    [Theory]
    [InlineData("The The company said", "The company said")]
    [InlineData("we will see if If the plan works", "we will see if the plan works")]
    [InlineData("cars and and, later, boats", "cars and, later, boats")]
    [InlineData("She was really really tired; we had had lunch.", "She was really really tired; we had had lunch.")]
    [InlineData("bye bye, and Walla Walla", "bye bye, and Walla Walla")]
    public void Fix_DoubledWordsAcrossCase(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new DoubledWordCheck(), input));

    [Fact]
    public void Analyze_ReallyReally_IsNotReported() =>
        Assert.Empty(Analyze(new DoubledWordCheck(), "I was really really struggling."));

    [Theory]
    [InlineData("Created on . Categorized as news.")]
    [InlineData("Read More :\nNext story")]
    public void Fix_SpaceBefore_LeavesMissingWordsAndLabels(string input) =>
        Assert.Equal(input, FixIdempotent(new SpaceBeforePunctuationCheck(), input));
}
