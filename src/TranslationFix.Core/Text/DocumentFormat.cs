namespace TranslationFix.Core.Text;

public enum DocumentFormat
{
    Plain,
    Markdown,
    Html,
}

public static class DocumentFormats
{
    /// <summary>Guesses the format from a file name; anything unknown is plain text.</summary>
    public static DocumentFormat FromPath(string? path) =>
        System.IO.Path.GetExtension(path ?? "").ToLowerInvariant() switch
        {
            ".md" or ".markdown" or ".mdx" => DocumentFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            _ => DocumentFormat.Plain,
        };
}
