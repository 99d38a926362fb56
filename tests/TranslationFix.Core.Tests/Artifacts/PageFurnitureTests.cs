using TranslationFix.Core.Checks.Boilerplate;
using static TranslationFix.Core.Tests.Artifacts.ArtifactTestEngine;

namespace TranslationFix.Core.Tests.Artifacts;

/// <summary>Single lines and blocks of scraped page furniture, at the top of the page as well as the bottom.</summary>
public sealed class PageFurnitureTests
{
    private const string Title = "Harbour traffic recovers after the storm season";

    private const string Body = "The port of Kestrel Bay handled more containers in May than in any month last year, the authority said on Tuesday.";

    [Theory]
    [InlineData("2024-08-12 · 1,204 views")]
    [InlineData("Release date: [2023/5/9]  Read total of [881] times")]
    [InlineData("2023-11-02 0 By")]
    [InlineData("2023/04/1809:12:40 port 2210")]
    [InlineData("via:港湾日报     time:2023/1/9 10:02:11     readed:57")]
    [InlineData("港湾财经2025-02-03 08:20")]
    [InlineData("About 3,200 words, 6 minutes to read")]
    public void Fix_MetaLine_IsRemovedWhole(string meta)
    {
        string text = $"{Title}\n\n{meta}\n\n{Body}";
        Assert.Equal($"{Title}\n\n{Body}", FixIdempotent(new PageMetaLineCheck(), text));
    }

    [Theory]
    [InlineData("2025-01-18 08:55 Last Updated At:09:00")]
    [InlineData("2025-03-04 09:15:20 Source: City Daily")]
    [InlineData("Reading Time: 2 minutes")]
    [InlineData("Updated 14 March 2020")]
    [InlineData("2021-07-27 292\n2021-07-28 305")]
    public void Fix_NativeDatelines_AreKept(string meta)
    {
        string text = $"{Title}\n\n{meta}\n\n{Body}";
        Assert.Equal(text, FixIdempotent(new PageMetaLineCheck(), text));
    }

    [Theory]
    [InlineData("Home > News content\n\n")]
    [InlineData("HomeArticle\n\n")]
    [InlineData("Port News - Shipping - " + Title + "\n\n")]
    public void Fix_Breadcrumb_IsRemoved(string crumbs) =>
        Assert.Equal($"{Title}\n\n{Body}", FixIdempotent(new BreadcrumbCheck(), $"{crumbs}{Title}\n\n{Body}"));

    [Theory]
    [InlineData("Skip to main content\n\n" + Title + "\n\n" + Body)]
    [InlineData("Homework for the holidays\n\n" + Title + "\n\n" + Body)]
    [InlineData(Title + "\n\n" + Body + "\n\nHome > News content")]       // not on top
    [InlineData("Harbour news - Ships - Storms\n\n" + Title + "\n\n" + Body)]
    public void Fix_NativeHeaders_AreNotBreadcrumbs(string text) =>
        Assert.Equal(text, FixIdempotent(new BreadcrumbCheck(), text));

    [Theory]
    [InlineData("portfarmer\n\n")]
    [InlineData("Welcome to Harbourwatch Network!\n")]
    [InlineData("This article was machine translated from Chinese.\n")]
    [InlineData("Show original\n")]
    public void Fix_SiteBanner_IsRemoved(string banner) =>
        Assert.Equal($"{Title}\n\n{Body}\n\nMore later.", FixIdempotent(new SiteBannerCheck(), $"{banner}{Title}\n\n{Body}\n\nMore later."));

    [Fact]
    public void Fix_MtNoticeInFooter_IsRemoved() =>
        Assert.Equal($"{Title}\n{Body}\nMore later.",
            FixIdempotent(new SiteBannerCheck(), $"{Title}\n{Body}\nMore later.\nThe translation is provided by third-party software."));

    [Theory]
    [InlineData("market\n\n")]                       // a common word
    [InlineData("Welcome to the jungle\n")]          // a title, not a site banner
    [InlineData("Original thinking\n")]
    public void Fix_NativeFirstLines_AreKept(string first)
    {
        string text = $"{first}{Title}\n\n{Body}\n\nMore later.";
        Assert.Equal(text, FixIdempotent(new SiteBannerCheck(), text));
    }

    [Fact]
    public void Fix_DuplicateHeadline_KeepsOne() =>
        Assert.Equal($"{Title}\n\n{Body}", FixIdempotent(new DuplicateHeadlineCheck(), $"{Title}\n\n{Title}\n\n{Body}"));

    [Theory]
    [InlineData("News\n\nNews\n\n" + Body + "\n\nMore.")]
    [InlineData(Title + "\n\n" + Body + "\n\n" + Body)]
    public void Fix_ShortOrLaterRepeats_AreKept(string text) =>
        Assert.Equal(text, FixIdempotent(new DuplicateHeadlineCheck(), text));

    private const string Promo = """
        📢 Harbour Square Exclusive: #Ship Photo Contest# Is Now Live!
        Join the Harbour Square event for a chance to win from a 2,000 token prize pool
        🎨 Event Period
        Mar 3, 2025, 10:00 – Mar 9, 2025, 16:00 (UTC)
        📌 How to Participate
        Post an original photo of a container ship on Harbour Square
        Add hashtag: #Ship Photo Contest#

        """;

    [Fact]
    public void Fix_PromoBlockOnTop_IsRemoved() =>
        Assert.Equal($"{Body}\nMore later.\nAnd more.", FixIdempotent(new PromoBlockCheck(), $"{Promo}{Body}\nMore later.\nAnd more."));

    [Fact]
    public void Fix_InstructionsWithoutCampaign_AreKept()
    {
        string text = $"Follow these steps\nAdd the flour\nPost the letter\n{Body}\nMore later.\nAnd more.";
        Assert.Equal(text, FixIdempotent(new PromoBlockCheck(), text));
    }

    [Fact]
    public void Fix_AdLabelOnMtPage_IsRemoved()
    {
        string mt = "Traffic rose at the portThe authority said so. Exports grew among shippersMany firms hired.";
        Assert.Equal($"{Title}\n\n{mt}\n\n{Body}", FixIdempotent(new AdvertisingLabelCheck(), $"{Title}\n\nAdvertisements\n\n{mt}\n\n{Body}"));
    }

    [Fact]
    public void Fix_AdLabelOnNativePage_IsKept()
    {
        string text = $"{Title}\n\nAdvertisement\n\n{Body}\n\nAdvertisement\n\nMore later.";
        Assert.Equal(text, FixIdempotent(new AdvertisingLabelCheck(), text));
        Assert.Empty(Analyze(new AdvertisingLabelCheck(), text));
    }

    [Theory]
    [InlineData("the loan rights. < p > < p > according to the filing", "the loan rights. According to the filing")]
    [InlineData("prices rose. ldquo; Coconuts are dear, rdquo; she said", "prices rose. “Coconuts are dear,” she said")]
    public void Fix_BrokenHtml_IsRepaired(string input, string expected) =>
        Assert.Equal(expected, FixIdempotent(new HtmlResidueCheck(), input));

    [Theory]
    [InlineData("<p>A real paragraph</p> and &ldquo;quoted&rdquo;")]
    [InlineData("if a < b and c > d then")]
    public void Fix_RealHtml_IsLeftAlone(string input) =>
        Assert.Equal(input, FixIdempotent(new HtmlResidueCheck(), input));

    [Fact]
    public void Fix_FooterWithNeighbourLinksAndRelatedHeadlines_IsRemoved()
    {
        string footer = "\n\n<<:  Why did the \"Blue Whale\" ferry stop running?\n\n>>:  Harbour \"Lights\" festival opens on May 3, see the plan"
            + "\n\nRecommend\n\nHarbour Season 2: A new voyage and a path of growth\n\nThe appeal of the second season of &...";
        Assert.Equal($"{Title}\n\n{Body}", FixIdempotent(new ScrapedBoilerplateCheck(), $"{Title}\n\n{Body}{footer}"));
    }

    [Fact]
    public void Fix_PostACommentFooter_IsRemoved() =>
        Assert.Equal($"{Title}\n\n{Body}", FixIdempotent(new ScrapedBoilerplateCheck(), $"{Title}\n\n{Body}\n\nPost a Comment"));
}
