using System.Text;
using TranslationFix.Core.Engine;

namespace TranslationFix.Core.Reporting.Html;

/// <summary>
/// <c>check --format html</c>: the review page read-only, one section per file with its findings
/// and proposed changes in place, self-contained for a CI artifact. It only reads the reports, so
/// it lives with the other reporters; a file whose report carries no document lists its findings.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    public void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        var html = new StringBuilder();
        HtmlPage.Open(html, files.Count == 1 ? $"tfix: {files[0].Path}" : $"tfix: {files.Count} files");
        int findings = files.Sum(f => f.Findings.Count);
        html.Append("<header class=\"bar\"><h1>tfix check</h1><span class=\"summary\">").Append(files.Count).Append(files.Count == 1 ? " file, " : " files, ")
            .Append(findings).Append(findings == 1 ? " finding" : " findings").Append("</span></header>\n<main>\n");
        foreach (var file in files)
        {
            var document = file.Document;
            var changes = ChangeList.From(document?.Text ?? "", file.Findings);
            html.Append("<section class=\"file\"><h2>").Append(ArticleHtml.Encode(file.Path)).Append("</h2><p class=\"summary\">")
                .Append(changes.Changes.Count).Append(" proposed changes, ").Append(changes.Flags.Count).Append(" flags");
            if (changes.Deferred.Count > 0) html.Append(", ").Append(changes.Deferred.Count).Append(" fixes overlapping a proposed change (offered once it is applied)");
            html.Append("</p>\n");
            if (file.Findings.Count == 0) html.Append("<p class=\"clean\">No findings.</p>\n");
            else if (document is not null) ArticleHtml.Write(html, document, changes, interactive: false);
            else WriteList(html, file);
            html.Append("</section>\n");
        }
        html.Append("</main>\n");
        HtmlPage.Close(html);
        output.Write(html.ToString());
    }

    private static void WriteList(StringBuilder html, FileReport file)
    {
        html.Append("<ul class=\"findings\">");
        foreach (var f in file.Findings)
        {
            html.Append("<li><span class=\"rule\">").Append(ArticleHtml.Encode(f.RuleId)).Append("</span> ").Append(f.Line).Append(':').Append(f.Column)
                .Append(" <q>").Append(ArticleHtml.Encode(f.Text)).Append("</q> ").Append(ArticleHtml.Encode(f.Message));
            if (f.Replacement is not null) html.Append(" → <ins>").Append(ArticleHtml.Encode(f.Replacement)).Append("</ins>");
            html.Append("</li>");
        }
        html.Append("</ul>\n");
    }
}
