using System.Text;
using System.Text.RegularExpressions;

namespace TranslationFix.Translation.Protection;

/// <summary>
/// Azure Translator's dynamic dictionary:
/// <c>&lt;mstrans:dictionary translation="Nayuki"&gt;奈雪的茶&lt;/mstrans:dictionary&gt;</c> makes the
/// service use "Nayuki" for 奈雪的茶. The translation is an attribute value, so it is escaped
/// as XML; the wrapped source is escaped too when the text is plain (in HTML it already is).
/// </summary>
public static partial class DictionaryMarkup
{
    public static string Wrap(string source, string translation, TextType textType = TextType.Plain)
    {
        var builder = new StringBuilder(source.Length + translation.Length + 60);
        builder.Append("<mstrans:dictionary translation=\"").Append(EscapeAttribute(translation)).Append("\">");
        builder.Append(textType == TextType.Plain ? EscapeText(source) : source);
        builder.Append("</mstrans:dictionary>");
        return builder.ToString();
    }

    public static string EscapeAttribute(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    private static string EscapeText(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// The service normally answers with the translation alone; should markup come back, it is
    /// replaced by its translation so no tag leaks into the article.
    /// </summary>
    public static string Strip(string translated) =>
        translated.Contains("mstrans:dictionary", StringComparison.OrdinalIgnoreCase)
            ? Leftover().Replace(translated, m => System.Net.WebUtility.HtmlDecode(m.Groups["t"].Value))
            : translated;

    [GeneratedRegex("""<mstrans:dictionary\s+translation\s*=\s*"(?<t>[^"]*)"\s*>.*?</mstrans:dictionary\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Leftover();
}
