using System.Text;
using TranslationFix.Core.Reporting.Html;

namespace TranslationFix.Cli.Review;

/// <summary>The interactive page: the article as track changes, a bar with the counter and Save, and the script.</summary>
public static class ReviewPage
{
    private static readonly Lazy<string> Script = new(() => HtmlPage.ReadResource(typeof(ReviewPage).Assembly, "review/review.js"));

    public static string Render(ReviewSession session)
    {
        var changes = session.Changes;
        var html = new StringBuilder(changes.Text.Length * 3 + 16_384);
        HtmlPage.Open(html, $"Review: {Path.GetFileName(session.Path)}");
        html.Append("<header class=\"bar\"><h1>Review: ").Append(ArticleHtml.Encode(session.Path)).Append("</h1>")
            .Append("<span class=\"counter\"><b data-decided>0</b> decided / <b data-open>").Append(changes.Changes.Count).Append("</b> open of ")
            .Append(changes.Changes.Count).Append(" changes · ").Append(changes.Flags.Count).Append(" flags</span><span class=\"spacer\"></span>")
            .Append("<span class=\"notice\" data-open-notice>Open changes count as rejected: saving keeps their original text.</span>")
            .Append("<button type=\"button\" class=\"primary\" data-action=\"save\">Save</button></header>\n");
        html.Append("<nav class=\"rules\">");
        foreach (var (rule, count) in ArticleHtml.RuleCounts(changes))
            html.Append("<button type=\"button\" data-action=\"accept-rule\" data-rule=\"").Append(ArticleHtml.Encode(rule)).Append("\">Accept all ")
                .Append(ArticleHtml.Encode(rule)).Append(" (").Append(count).Append(")</button>");
        html.Append("<span class=\"keys\"><kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject</span></nav>\n<main>\n");
        html.Append("<div class=\"saved-banner\" role=\"status\" data-saved></div>\n");
        int later = session.LaterFixes;
        if (later > 0)
            html.Append("<p class=\"summary\">After these changes the engine would make ").Append(later).Append(later == 1 ? " more fix" : " more fixes")
                .Append(" (overlapping or following from them): run tfix review again after saving to decide on them.</p>\n");
        if (changes.Changes.Count == 0 && changes.Flags.Count == 0) html.Append("<p class=\"clean\">Nothing to review: no findings.</p>\n");
        ArticleHtml.Write(html, session.Document, changes, interactive: true);
        html.Append("</main>\n");
        HtmlPage.Close(html, Script.Value);
        return html.ToString();
    }
}
