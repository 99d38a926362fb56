using System.Xml;
using System.Xml.Linq;
using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Bilingual;

/// <summary>What the XML readers share: strict parsing with line numbers, and the text of an element with inline tags.</summary>
internal static class XmlSegments
{
    public static XDocument Parse(string text, string? path) =>
        SafeXml.Load(text, (line, reason) => new BilingualFormatException(path, line, reason), LoadOptions.PreserveWhitespace);

    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    /// <summary>The element's text with inline markup (g, ph, bpt, …) dropped but the text inside kept.</summary>
    public static string TextOf(XElement? element) => element?.Value ?? "";

    public static string? Primary(string? languageTag) =>
        string.IsNullOrWhiteSpace(languageTag) ? null : languageTag.Split('-', '_')[0].ToLowerInvariant();
}
