using TranslationFix.Core.Checks.Casing;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

public sealed class CasingTests
{
    [Theory]
    [InlineData("Therefore, Nayuki can Turn losses into profits.", "Therefore, Nayuki can turn losses into profits.")]
    [InlineData("the overall management and Execution becomes standardized.", "the overall management and execution becomes standardized.")]
    [InlineData("Now the global large model Talents in this field are scarce.", "Now the global large model talents in this field are scarce.")]
    [InlineData("such as BAT, To a certain extent, this decides.", "such as BAT, to a certain extent, this decides.")]
    [InlineData("We need to Strengthen the chain and Reduce costs.", "We need to strengthen the chain and reduce costs.")]
    [InlineData("Sam O In May, he left. How to advance In the process is unclear.", "Sam O In May, he left. How to advance in the process is unclear.")]
    [InlineData("Baidu will hold a conference In November.", "Baidu will hold a conference in November.")]
    [InlineData("it partnered With Tesla last year.", "it partnered with Tesla last year.")]
    [InlineData("the two sides agreed to Continue exchanges. U.S. Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo may visit China. Tesla CEO Elon Musk, Microsoft founder Bill Gates and JPMorgan Chase CEO Jamie Dimon came.",
        "the two sides agreed to continue exchanges. U.S. Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo may visit China. Tesla CEO Elon Musk, Microsoft founder Bill Gates and JPMorgan Chase CEO Jamie Dimon came.")]
    [InlineData("the company's Execution was poor.", "the company's execution was poor.")]
    [InlineData("rock and’s Execution,but rolls.", "rock and’s execution,but rolls.")]   // a possessive joiner: no crash
    [InlineData("\"We Are confident in the company,\" he said.", "\"We are confident in the company,\" he said.")]   // a pronoun is no part of a name
    public void Fix_CapitalisedCommonWord_IsLowered(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new MidSentenceCapitalCheck(), input));

    [Theory]
    [InlineData("Turn losses into profits, they said.")]                          // sentence start
    [InlineData("It grew. Turn the page.")]
    [InlineData("The answer: Turn around.")]                                      // after a colon
    [InlineData("He said “Turn it off” and left.")]                               // after a quote
    [InlineData("a member of the (Supply chain) team.")]
    [InlineData("the former Chief Technology Officer of Luckin.")]                // a title, capitalised neighbours
    [InlineData("the University of Science and Technology of China.")]           // joined by 'of' and 'and'
    [InlineData("investors include Tiger Global Management, Sequoia Capital.")]
    [InlineData("the AIGC Talent Supply and Demand Report was released.")]
    [InlineData("He moved to Series B funding.")]
    [InlineData("the vote in the House was close.")]                              // 'the' + institution
    [InlineData("the deal with Apple fell through.")]                             // a brand, not on the list
    [InlineData("talks with Dr. Green went well.")]
    [InlineData("the Hard Rock cafe stayed open.")]
    [InlineData("HOW TO Turn IT AROUND")]                                        // a heading line
    [InlineData("The opener scored a century in a Test against the visitors\n\nShe said she would retire from Test rugby after the tour.")]   // a caption's capital shows the style
    [InlineData("How Founders Turn Losses Into Profits")]
    [InlineData("## Why we Turn to data\n")]
    [InlineData("**Why we Turn to data**")]
    [InlineData("a year-on-Year rise.")]
    [InlineData("the company's Execution's cost.")]
    [InlineData("they can Turn losses around, and Turn them quickly.")]          // the document capitalises it twice
    [InlineData("Sales rose 5%, IPO Plans were shelved.")]
    [InlineData("Google's Cloud unit grew.")]
    [InlineData("in 2023 Sales rose sharply.")]                                  // after a number: a list or log entry
    [InlineData("in Source or Object form.")]
    [InlineData("one line in Engine/DefaultPipeline.cs and test names Method_Scenario.")]
    [InlineData("allow Object.prototype fields as labels.")]
    [InlineData("grants to You a licence, and You may copy it.")]                 // a defined term, twice
    [InlineData("the shop was Made In China, they said.")]
    [InlineData("he told The Economist on Monday.")]                                     // a possessive name owner
    [InlineData("according to People's Daily, it rose.")]
    [InlineData("three goals: Growth, Profit and Scale.")]
    public void Fix_NamesAndSentenceStarts_AreLeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new MidSentenceCapitalCheck(), input));

    [Fact]
    public void Fix_GermanNouns_AreLeftAlone()
    {
        const string text = "Wir haben einen Plan für den Markt und ein Team.";
        Assert.Equal(text, FixIdempotent(new MidSentenceCapitalCheck(), text, language: "de"));
    }

    [Fact]
    public void Fix_KnownName_IsLeftAlone()
    {
        var check = new MidSentenceCapitalCheck(["Light Years Beyond"]);
        const string text = "a startup called Beyond raised money.";
        Assert.Equal(text, FixIdempotent(check, text));
        Assert.Equal("a startup can go beyond limits.", FixIdempotent(new MidSentenceCapitalCheck(), "a startup can go Beyond limits."));
    }
}
