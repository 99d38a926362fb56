using TranslationFix.Core.Text;
using TranslationFix.Translation.Documents;
using TranslationFix.Translation.Tests.Support;

namespace TranslationFix.Translation.Tests.Documents;

public sealed class DocumentTranslatorTests
{
    [Fact]
    public async Task TranslateAsync_Paragraphs_OneElementEachAndLayoutKept()
    {
        var translator = new FakeTranslator();

        string result = await new DocumentTranslator(translator).TranslateAsync("\n第一段。\n第二行。\r\n\r\n\n第二段。\n", DocumentFormat.Plain, "zh-Hans", "en");

        Assert.Equal("\nEN[第一段。\n第二行。]\r\n\r\n\nEN[第二段。]\n", result);
        var (texts, request) = Assert.Single(translator.Calls);
        Assert.Equal(["第一段。\n第二行。", "第二段。"], texts);
        Assert.Equal(new TranslationRequest("zh-Hans", "en", TextType.Plain), request);
    }

    [Fact]
    public async Task TranslateAsync_Html_SentAsHtml()
    {
        var translator = new FakeTranslator();

        await new DocumentTranslator(translator).TranslateAsync("<p>你好</p>", DocumentFormat.Html, null, "en");

        Assert.Equal(TextType.Html, Assert.Single(translator.Calls).Request.TextType);
    }

    [Fact]
    public async Task TranslateAsync_CodeBlockAndBareUrl_LeftAsTheyAre()
    {
        var translator = new FakeTranslator();
        const string text = "标题\n\n```\ncode 代码\n\nmore\n```\n\nhttps://example.com/a\n\n结尾";

        string result = await new DocumentTranslator(translator).TranslateAsync(text, DocumentFormat.Markdown, "zh-Hans", "en");

        Assert.Equal("EN[标题]\n\n```\ncode 代码\n\nmore\n```\n\nhttps://example.com/a\n\nEN[结尾]", result);
        Assert.Equal(["标题", "结尾"], Assert.Single(translator.Calls).Texts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public async Task TranslateAsync_NoParagraphs_UnchangedWithoutCall(string text)
    {
        var translator = new FakeTranslator();

        Assert.Equal(text, await new DocumentTranslator(translator).TranslateAsync(text, DocumentFormat.Plain, "zh-Hans", "en"));
        Assert.Empty(translator.Calls);
    }
}
