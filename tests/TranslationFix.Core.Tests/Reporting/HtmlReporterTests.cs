using System.Text.RegularExpressions;
using TranslationFix.Core.Reporting;
using TranslationFix.Core.Reporting.Html;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Reporting;

public sealed class HtmlReporterTests
{
    private static string Report(string text)
    {
        var document = Document.Create(text, DocumentFormat.Markdown, "en", "news/a.md");
        var findings = CiTestEngine.Create().Analyze(document);
        return CiTestEngine.Write(new HtmlReporter(), new FileReport("news/a.md", findings) { Document = document });
    }

    [Fact]
    public void Write_Fix_ShowsDeletedAndInsertedWordsInPlaceWithRuleAndReason()
    {
        string html = Report("Naixue's tea CTO He Gang has resigned..\n");

        Assert.Matches(new Regex("<span class=\"chg\" data-change-id=\"0\" data-rule=\"name.glossary\"[^>]*><del>Naixue&#39;s tea</del><ins>Nayuki</ins></span> CTO"), html);
        Assert.Contains("<del>..</del><ins>.</ins>", html);
        Assert.Contains("data-note-for=\"0\"><span class=\"rule\">name.glossary</span>", html);
    }

    [Fact]
    public void Write_IsReadOnlyAndSelfContained()
    {
        string html = Report("Naixue's tea CTO He Gang has resigned..\n");

        Assert.DoesNotContain("<button", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("http", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void Write_TextIsEscaped()
    {
        string html = Report("Naixue's tea <b>said</b> so..\n");

        Assert.Contains("&lt;b&gt;said&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>said", html);
    }

    [Fact]
    public void Write_NoDocument_ListsTheFindings()
    {
        var findings = CiTestEngine.Clean("Naixue's tea CTO He Gang has resigned.\n").Findings;
        string html = CiTestEngine.Write(new HtmlReporter(), new FileReport("news/a.md", findings));

        Assert.Contains("<ul class=\"findings\"><li><span class=\"rule\">name.glossary</span> 1:1", html);
    }

    [Theory]
    [InlineData("Ali Baba Group", "Alibaba Group", "-Ali Baba|+Alibaba|= Group")]
    [InlineData("We Are ready", "We are ready", "=We |-Are|+are|= ready")]
    [InlineData("Naixue's tea", "Nayuki", "-Naixue's tea|+Nayuki")]
    [InlineData("big models", "large models", "-big|+large|= models")]
    [InlineData("..", ".", "-..|+.")]
    [InlineData("said ", "", "-said ")]
    public void WordDiff_SharedWords_ShowOnlyTheWordsThatChange(string before, string after, string expected)
    {
        var pieces = ArticleHtml.WordDiff(before, after);

        Assert.Equal(expected, string.Join("|", pieces.Select(p => (p.Kind == ' ' ? '=' : p.Kind) + p.Text)));
    }
}
