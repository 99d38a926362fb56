using System.Xml.Linq;

namespace TranslationFix.Core.Bilingual;

/// <summary>
/// Reads XLIFF 1.2 (&lt;trans-unit&gt;) and XLIFF 2.x (&lt;unit&gt;&lt;segment&gt;). Units without a target
/// are skipped: there is nothing to check.
/// </summary>
public static class XliffReader
{
    public static BilingualFile Read(string text, string? path = null)
    {
        var doc = XmlSegments.Parse(text, path);
        var root = doc.Root;
        if (root is null || root.Name.LocalName != "xliff")
            throw new BilingualFormatException(path, root is null ? 0 : XmlSegments.LineOf(root), "not an XLIFF file (no <xliff> root)");
        string version = (string?)root.Attribute("version") ?? "1.2";
        return version.StartsWith('1') ? ReadVersion1(root, path) : ReadVersion2(root, path);
    }

    private static BilingualFile ReadVersion1(XElement root, string? path)
    {
        var file = root.Elements().FirstOrDefault(e => e.Name.LocalName == "file");
        var segments = new List<BilingualSegment>();
        foreach (var unit in root.Descendants().Where(e => e.Name.LocalName == "trans-unit"))
        {
            var source = unit.Elements().FirstOrDefault(e => e.Name.LocalName == "source")
                ?? throw new BilingualFormatException(path, XmlSegments.LineOf(unit), "<trans-unit> without <source>");
            var target = unit.Elements().FirstOrDefault(e => e.Name.LocalName == "target");
            if (target is null) continue;
            segments.Add(new BilingualSegment((string?)unit.Attribute("id") ?? $"{segments.Count + 1}",
                XmlSegments.TextOf(source), XmlSegments.TextOf(target), XmlSegments.LineOf(unit)));
        }
        return new BilingualFile(segments,
            XmlSegments.Primary((string?)file?.Attribute("source-language")),
            XmlSegments.Primary((string?)file?.Attribute("target-language")));
    }

    private static BilingualFile ReadVersion2(XElement root, string? path)
    {
        var segments = new List<BilingualSegment>();
        foreach (var unit in root.Descendants().Where(e => e.Name.LocalName == "unit"))
        {
            int n = 0;
            foreach (var segment in unit.Elements().Where(e => e.Name.LocalName == "segment"))
            {
                n++;
                var source = segment.Elements().FirstOrDefault(e => e.Name.LocalName == "source")
                    ?? throw new BilingualFormatException(path, XmlSegments.LineOf(segment), "<segment> without <source>");
                var target = segment.Elements().FirstOrDefault(e => e.Name.LocalName == "target");
                if (target is null) continue;
                string id = (string?)segment.Attribute("id") ?? $"{(string?)unit.Attribute("id") ?? "?"}#{n}";
                segments.Add(new BilingualSegment(id, XmlSegments.TextOf(source), XmlSegments.TextOf(target), XmlSegments.LineOf(segment)));
            }
        }
        return new BilingualFile(segments,
            XmlSegments.Primary((string?)root.Attribute("srcLang")),
            XmlSegments.Primary((string?)root.Attribute("trgLang")));
    }
}
