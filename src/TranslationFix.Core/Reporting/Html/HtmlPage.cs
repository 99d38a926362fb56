using System.Reflection;
using System.Text;

namespace TranslationFix.Core.Reporting.Html;

/// <summary>
/// A self-contained HTML page: the style sheet (and the script, when there is one) are inlined, so
/// the page needs no network, font or CDN and can be kept as a CI artifact.
/// </summary>
public static class HtmlPage
{
    private static readonly Lazy<string> StyleSheet = new(() => ReadResource(typeof(HtmlPage).Assembly, "html/review.css"));

    public static string Css => StyleSheet.Value;

    public static void Open(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(ArticleHtml.Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
    }

    public static void Close(StringBuilder html, string? script = null)
    {
        if (script is not null) html.Append("<script>\n").Append(script).Append("</script>\n");
        html.Append("</body>\n</html>\n");
    }

    public static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
