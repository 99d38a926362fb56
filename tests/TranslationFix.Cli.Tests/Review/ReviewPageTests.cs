using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Review;

/// <summary>The review page in a real browser (Debian's chromium through Playwright): decide, save, check the file.</summary>
public sealed class ReviewPageTests
{
    [ChromiumFact]
    public async Task RejectOneAcceptTheRest_Save_WritesOnlyTheAcceptedChangesAndKeepsBomAndCrlf()
    {
        using var folder = new TempFolder();
        var (path, options) = ReviewSample.Write(folder);
        await using var run = await ReviewRun.StartAsync([path, .. options]);
        Assert.Matches(new Regex(@"^Review at http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]{40,}$"), run.FirstLine);
        Assert.Equal($"Review at {run.Server.Url}", run.FirstLine);

        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(run.Server.Url);

        var changes = page.Locator("[data-change-id]");
        Assert.Equal(5, await changes.CountAsync());
        Assert.Equal("5", await page.Locator("[data-open]").TextContentAsync());
        var flag = page.Locator("[data-flag-id]");
        Assert.Equal("light years away", await flag.TextContentAsync());
        Assert.Equal(0, await flag.Locator("button").CountAsync());
        Assert.Contains("check by hand", await page.Locator("[data-flag-note-for]").TextContentAsync());

        // Reject one by its button; accept the rest with "accept all of this rule" and the keyboard.
        var aliBaba = page.Locator(".chg", new() { HasText = "Ali Baba" });
        await aliBaba.Locator("[data-action=reject]").ClickAsync();
        await page.Locator("[data-action=accept-rule][data-rule='name.glossary']").ClickAsync();   // the rejected one stays rejected
        Assert.Equal("2", await page.Locator("[data-decided]").TextContentAsync());
        await page.Keyboard.PressAsync("j");        // from Ali Baba to 'Are'
        await page.Keyboard.PressAsync("a");
        foreach (var key in "kkka") await page.Keyboard.PressAsync(key.ToString());   // back to '..', accept
        await page.Keyboard.PressAsync("a");        // accepting moved on to the next open one: 'big models'

        Assert.Equal("5", await page.Locator("[data-decided]").TextContentAsync());
        Assert.Equal("0", await page.Locator("[data-open]").TextContentAsync());
        Assert.True(await page.Locator("[data-open-notice]").IsHiddenAsync());
        Assert.Contains("rejected", await aliBaba.GetAttributeAsync("class"));
        Assert.Equal(4, await page.Locator(".chg.accepted").CountAsync());

        await page.Locator("[data-action=save]").ClickAsync();
        await page.Locator("body.saved [data-saved]").WaitForAsync();
        Assert.Contains("4 accepted, 1 rejected", await page.Locator("[data-saved]").TextContentAsync());
        Assert.Equal(0, await run.EndedAsync());

        string expected =
            "Nayuki CTO He Gang has resigned.  The company said it would focus on large models.\r\n\r\n" +
            "Ali Baba Group said revenue rose. We are confident, a spokesman said of the light years away deal.\r\n";
        Assert.Equal(ReviewSample.Bytes(expected), File.ReadAllBytes(path));
        Assert.Contains("saved", run.Error.ToString());
    }

    [ChromiumFact]
    public async Task Save_WithOpenChanges_SaysSoAndKeepsTheirOriginalText()
    {
        using var folder = new TempFolder();
        var (path, options) = ReviewSample.Write(folder);
        await using var run = await ReviewRun.StartAsync([path, .. options]);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(run.Server.Url);

        await page.Locator(".chg", new() { HasText = "big" }).Locator("[data-action=accept]").ClickAsync();
        var notice = page.Locator("[data-open-notice]");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("count as rejected", await notice.TextContentAsync());

        await page.Locator("[data-action=save]").ClickAsync();
        await page.Locator("body.saved [data-saved]").WaitForAsync();
        Assert.Equal(0, await run.EndedAsync());

        Assert.Equal(ReviewSample.Bytes(ReviewSample.Article.Replace("big models", "large models")), File.ReadAllBytes(path));
    }

    [ChromiumFact]
    public async Task WithSource_EachParagraphShowsItsSource()
    {
        using var folder = new TempFolder();
        var (path, options) = ReviewSample.Write(folder);
        string source = folder.Write("article.zh.txt", ReviewSample.Source);
        await using var run = await ReviewRun.StartAsync([path, "--source", source, .. options]);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(run.Server.Url);

        var rows = page.Locator(".row");
        Assert.Equal(2, await rows.CountAsync());
        Assert.StartsWith("奈雪的茶", await rows.Nth(0).Locator(".source").TextContentAsync());
        Assert.StartsWith("阿里巴巴", await rows.Nth(1).Locator(".source").TextContentAsync());
        Assert.Contains("Ali Baba", await rows.Nth(1).Locator(".text").TextContentAsync());

        // docs/images/review.png is taken here, by this setup: TFIX_REVIEW_SCREENSHOT=docs/images/review.png
        if (Environment.GetEnvironmentVariable("TFIX_REVIEW_SCREENSHOT") is { Length: > 0 } shot)
        {
            await page.Locator(".chg", new() { HasText = "Ali Baba" }).Locator("[data-action=reject]").ClickAsync();
            await page.Locator("[data-action=accept-rule][data-rule='name.glossary']").ClickAsync();
            await page.Keyboard.PressAsync("k");
            await page.ScreenshotAsync(new() { Path = shot });
        }
    }

    [ChromiumFact]
    public async Task HtmlReport_OpensOfflineWithTheProposedChanges()
    {
        using var folder = new TempFolder();
        var (path, options) = ReviewSample.Write(folder);
        string report = folder.Combine("report.html");
        var check = Tfix.Invoke(folder.Path, ["check", path, "--format", "html", "-o", report, .. options]);
        Assert.Equal(1, check.ExitCode);

        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(report).AbsoluteUri);

        Assert.Equal(5, await page.Locator("[data-change-id]").CountAsync());
        Assert.Equal("Nayuki", await page.Locator(".chg", new() { HasText = "Naixue" }).Locator("ins").TextContentAsync());
        Assert.Equal(0, await page.Locator("button").CountAsync());
        Assert.All(requests, url => Assert.StartsWith("file:", url));
    }
}
