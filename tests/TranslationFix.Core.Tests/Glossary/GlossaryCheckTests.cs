using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Glossary;

public sealed class GlossaryCheckTests
{
    [Theory]
    [InlineData("Naixue's tea CTO He Gang resigned.", "Nayuki CTO He Gang resigned.")]
    [InlineData("Naixue’s tea CTO He Gang resigned.", "Nayuki CTO He Gang resigned.")]          // ’ and ' alike
    [InlineData("Naixue’s Tea had opened 1,194 stores.", "Nayuki had opened 1,194 stores.")]      // capitalised where the variant is not
    [InlineData("Naixue’s tea’s stores", "Nayuki’s stores")]                                      // possessive kept
    [InlineData("to simplify Naixue’s overall processes", "to simplify Nayuki’s overall processes")] // derived "Naixue" + possessive
    [InlineData("what to do with Nai Xue’s tea?", "what to do with Nayuki?")]                      // spaces inside a name
    [InlineData("the Nai-Xue brand", "the Nayuki brand")]                                        // hyphen inside a name
    [InlineData("the financial report of Nayuki’s Tea", "the financial report of Nayuki")]
    [InlineData("veterans such as Kaifu Li began", "veterans such as Kai-Fu Lee began")]          // derived person order
    [InlineData("veterans such as Li Kai-fu began", "veterans such as Li Kai-fu began")]   // correct pinyin: a preference, reported only
    [InlineData("veterans such as Kai Fu Lee began", "veterans such as Kai-Fu Lee began")]        // the canonical form, a hyphen lost
    [InlineData("Large models grew. In the boom of big models, more came.", "Large models grew. In the boom of large models, more came.")]   // an ordinary term needs evidence
    [InlineData("Large model teams grew. Big model startup hires", "Large model teams grew. Large model startup hires")]   // a term keeps the first letter's case
    [InlineData("Large models grew. BIG MODELS ARE HERE", "Large models grew. LARGE MODELS ARE HERE")]
    public void Fix_GlossaryVariant_BecomesCanonical(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix(Glossaries.Sample, input));

    [Theory]
    [InlineData("Nayuki CTO He Gang resigned.")]                    // already canonical
    [InlineData("the naixue recipe")]                               // a capitalised variant never hits lower case
    [InlineData("Naixuebrand is not a word boundary")]              // word-bounded at the end
    [InlineData("PreNaixue is not a word boundary")]                // word-bounded at the start
    [InlineData("A Byte is eight bits.")]                            // context missing: plain English
    [InlineData("Bytes and bytes, SenseTime said.")]                 // "Byte" never hits "Bytes"
    [InlineData("Wang Huiwen and Huiwen Wang are both fine.")]       // pinyin-named person: no derived forms
    [InlineData("The bigger model won.")]
    [InlineData("see https://example.com/Naixue's-tea and `Naixue's tea`")] // protected: URL and code span
    [InlineData("large-scale investment is needed")]                 // the rule is narrow
    public void Fix_TextWithoutMistranslation_IsUnchanged(string input)
        => Assert.Equal(input, TestEngine.Fix(Glossaries.Sample, input));

    [Fact]
    public void Fix_FlagEntryWithContext_ReportsWithoutReplacement()
    {
        const string text = "Wang Huiwen's company faced valuations light years away.";
        var result = TestEngine.FromYaml(Glossaries.Sample).Clean(text);

        Assert.Equal(text, result.Corrected.Text);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("name.glossary", finding.RuleId);
        Assert.Null(finding.Replacement);
        Assert.Equal("light years away", finding.Text);
        Assert.Contains("Light Years Beyond", finding.Message);
    }

    [Fact]
    public void Check_FlagEntryWithoutContext_ReportsNothing()
        => Assert.Empty(TestEngine.FromYaml(Glossaries.Sample).Clean("The stars are light years away.").Findings);

    [Theory]
    [InlineData("Large-scale startups are rising", "Large-model startups are rising")]
    [InlineData("the myth of large-scale entrepreneurship", "the myth of large-model entrepreneurship")]
    public void Fix_PatternRule_ReplacesWithGroupsAndCase(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix(Glossaries.Sample, input));

    [Fact]
    public void Check_Fix_SaysWhyInEditorWords()
    {
        var finding = Assert.Single(TestEngine.FromYaml(Glossaries.Sample).Clean("Naixue's tea grew.").Findings);
        Assert.Equal("'Naixue's tea' → 'Nayuki': 奈雪的茶 is 'Nayuki' (organization)", finding.Message);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
        Assert.Equal(new TranslationFix.Core.Text.TextSpan(0, 12), finding.Span);
    }

    [Theory]
    [InlineData("Zhi Pu Spectrum AI and others", "Zhipu AI and others")]      // the canonical's last word already follows
    [InlineData("Zhi Pu Spectrum and others", "Zhipu AI and others")]
    [InlineData("Zhi Pu Spectrum AIs and others", "Zhipu AI AIs and others")]  // a different word: left as it is
    public void Fix_CanonicalTailAlreadyInText_IsNotWrittenTwice(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix("""
            - canonical: Zhipu AI
              source: 智谱
              type: organization
              variants: [Zhi Pu Spectrum]
            """, input));

    [Theory]
    [InlineData("Ningde era and Ali cloud signed", "CATL and Alibaba Cloud signed")]   // MT lowercases the translated part; a house entry's own variants apply as written
    [InlineData("ningde era and ali cloud signed", "CATL and ali cloud signed")]       // a distinctive organisation rendering matches in lower case
    public void Fix_NameVariant_OnlyFirstLetterCaseMatters(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix("""
            - canonical: CATL
              source: 宁德时代
              type: organization
              variants: ["Ningde Era"]
            - canonical: Alibaba Cloud
              source: 阿里云
              type: organization
              variants: ["Ali Cloud"]
            """, input));

    [Theory]
    [InlineData("NIO cut prices.\n\nWeilai's cash fell.", "NIO cut prices.\n\nNIO's cash fell.")]   // the article names NIO elsewhere
    [InlineData("Wei Lai cut prices.\n\nWeilai's cash fell.", "Wei Lai cut prices.\n\nWeilai's cash fell.")] // no context anywhere
    public void Fix_ContextEntry_CanonicalNamedElsewhere_GivesContext(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix("""
            - canonical: NIO
              source: 蔚来
              type: organization
              variants: [Weilai]
              derive: false
              context: [electric, EV]
            """, input));

    [Theory]
    [InlineData("Ali Baba's Zhang Yong spoke.", "Ali Baba's Zhang Yong spoke.")]    // ordinary words: the tale's Ali Baba may be meant
    [InlineData("Byte-Dance grew.", "ByteDance grew.")]
    [InlineData("Alibaba and ALIBABA grew.", "Alibaba and ALIBABA grew.")]          // the canonical spelling, in any case
    [InlineData("Ali grew.", "Ali grew.")]                                            // "Ali" needs its context
    [InlineData("Ali, Alibaba's nickname.", "Ali, Alibaba's nickname.")]        // a weak form needs a full MT rendering, not the canonical name
    public void Fix_CanonicalSpacedWrongly_IsJoined(string input, string expected)
        => Assert.Equal(expected, TestEngine.Fix("""
            - canonical: Alibaba
              source: 阿里巴巴
              type: organization
              variants: [Ali]
              context: [Taobao]
            - canonical: ByteDance
              source: 字节跳动
              type: organization
            """, input));
}
