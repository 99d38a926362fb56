using System.Xml.Linq;

namespace TranslationFix.Core.Bilingual;

/// <summary>
/// Reads TMX: each &lt;tu&gt; gives one pair, the &lt;tuv&gt; in the header's srclang as the source and
/// the first other &lt;tuv&gt; as the target.
/// </summary>
public static class TmxReader
{
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    public static BilingualFile Read(string text, string? path = null)
    {
        var doc = XmlSegments.Parse(text, path);
        var root = doc.Root;
        if (root is null || root.Name.LocalName != "tmx")
            throw new BilingualFormatException(path, root is null ? 0 : XmlSegments.LineOf(root), "not a TMX file (no <tmx> root)");
        var header = root.Elements().FirstOrDefault(e => e.Name.LocalName == "header");
        string? sourceLanguage = XmlSegments.Primary((string?)header?.Attribute("srclang"));
        if (sourceLanguage == "*all*") sourceLanguage = null;
        string? targetLanguage = null;

        var segments = new List<BilingualSegment>();
        foreach (var unit in root.Descendants().Where(e => e.Name.LocalName == "tu"))
        {
            var variants = unit.Elements().Where(e => e.Name.LocalName == "tuv")
                .Select(v => (Language: XmlSegments.Primary((string?)v.Attribute(XmlLang) ?? (string?)v.Attribute("lang")),
                              Text: XmlSegments.TextOf(v.Elements().FirstOrDefault(e => e.Name.LocalName == "seg"))))
                .ToList();
            if (variants.Count < 2)
                throw new BilingualFormatException(path, XmlSegments.LineOf(unit), "<tu> needs two <tuv> (source and target)");
            sourceLanguage ??= variants[0].Language;
            int s = variants.FindIndex(v => v.Language == sourceLanguage);
            if (s < 0) s = 0;
            int t = variants.FindIndex(v => v.Language != variants[s].Language);
            if (t < 0) throw new BilingualFormatException(path, XmlSegments.LineOf(unit), "<tu> has no target-language <tuv>");
            targetLanguage ??= variants[t].Language;
            segments.Add(new BilingualSegment((string?)unit.Attribute("tuid") ?? $"{segments.Count + 1}",
                variants[s].Text, variants[t].Text, XmlSegments.LineOf(unit)));
        }
        return new BilingualFile(segments, sourceLanguage, targetLanguage);
    }
}
