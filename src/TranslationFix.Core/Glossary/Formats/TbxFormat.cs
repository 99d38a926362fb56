using System.Xml;
using System.Xml.Linq;
using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Glossary.Formats;

/// <summary>
/// TBX (ISO 30042), the termbase exchange standard, in its TBX-Basic shape: one conceptEntry per
/// entry; the source language's langSec holds the source form; the target's holds the canonical
/// form as preferredTerm and each variant as deprecatedTerm (a flag-only entry's variants are
/// admittedTerm: not wrong everywhere). Regex rules have no TBX form and are left out.
/// </summary>
public static class TbxFormat
{
    private const string Preferred = "preferredTerm-admn-sts";
    private const string Deprecated = "deprecatedTerm-admn-sts";
    private const string Admitted = "admittedTerm-admn-sts";
    private static readonly XNamespace Tbx = "urn:iso:std:iso:30042:ed-2";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static string Write(Glossary glossary, string sourceLanguage, string targetLanguage)
    {
        var body = new XElement(Tbx + "body");
        int id = 0;
        foreach (var e in glossary.Entries)
        {
            var concept = new XElement(Tbx + "conceptEntry", new XAttribute("id", $"c{++id}"),
                new XElement(Tbx + "descrip", new XAttribute("type", "subjectField"), e.Type));
            if (e.Source is not null)
                concept.Add(LangSec(sourceLanguage, [(e.Source, Preferred)]));
            string variantStatus = e.Action == GlossaryAction.Flag ? Admitted : Deprecated;
            concept.Add(LangSec(targetLanguage, [(e.Canonical, Preferred), .. e.Variants.Select(v => (v, variantStatus))]));
            body.Add(concept);
        }
        var doc = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Tbx + "tbx", new XAttribute("type", "TBX-Basic"), new XAttribute("style", "dca"), new XAttribute(Xml + "lang", targetLanguage),
                new XElement(Tbx + "tbxHeader", new XElement(Tbx + "fileDesc", new XElement(Tbx + "sourceDesc", new XElement(Tbx + "p", "TranslationFix glossary")))),
                new XElement(Tbx + "text", body)));
        var writer = new Utf8StringWriter();
        doc.Save(writer);
        return writer.ToString();
    }

    public static Glossary Read(string xml, string path, string sourceLanguage, string targetLanguage)
    {
        var doc = SafeXml.Load(xml, (line, reason) => new GlossaryFormatException(path, line, reason));
        var entries = new List<GlossaryEntry>();
        foreach (var concept in doc.Descendants().Where(x => x.Name.LocalName == "conceptEntry"))
        {
            int line = ((IXmlLineInfo)concept).LineNumber;
            var terms = concept.Elements().Where(x => x.Name.LocalName == "langSec")
                .SelectMany(l => l.Elements().Where(x => x.Name.LocalName == "termSec").Select(t => (
                    Lang: (string?)l.Attribute(Xml + "lang") ?? "",
                    Term: t.Elements().FirstOrDefault(x => x.Name.LocalName == "term")?.Value.Trim() ?? "",
                    Status: t.Elements().FirstOrDefault(x => x.Name.LocalName == "termNote" && (string?)x.Attribute("type") == "administrativeStatus")?.Value.Trim())))
                .Where(t => t.Term.Length > 0).ToList();
            bool Is(string lang, string want) => lang.Equals(want, StringComparison.OrdinalIgnoreCase) || lang.StartsWith(want + "-", StringComparison.OrdinalIgnoreCase);
            var target = terms.Where(t => Is(t.Lang, targetLanguage)).ToList();
            var canonical = target.FirstOrDefault(t => t.Status is null or Preferred).Term
                ?? throw new GlossaryFormatException(path, line, $"conceptEntry has no preferred '{targetLanguage}' term");
            var variants = target.Where(t => t.Term != canonical && t.Status is Deprecated or Admitted).ToList();
            string type = concept.Elements().FirstOrDefault(x => x.Name.LocalName == "descrip" && (string?)x.Attribute("type") == "subjectField")?.Value.Trim() is { } t0 && GlossaryLoader.Types.Contains(t0) ? t0 : "term";
            entries.Add(new GlossaryEntry
            {
                Canonical = canonical,
                Source = terms.FirstOrDefault(t => Is(t.Lang, sourceLanguage)).Term,
                Type = type,
                Variants = [.. variants.Select(v => v.Term)],
                Action = variants.Count > 0 && variants.All(v => v.Status == Admitted) ? GlossaryAction.Flag : GlossaryAction.Fix,
                Location = new SourceLocation(path, line),
            });
        }
        return new Glossary(entries, [], $"{sourceLanguage}-{targetLanguage}");
    }

    private static XElement LangSec(string language, IEnumerable<(string Term, string Status)> terms) =>
        new(Tbx + "langSec", new XAttribute(Xml + "lang", language),
            terms.Select(t => new XElement(Tbx + "termSec",
                new XElement(Tbx + "term", t.Term),
                new XElement(Tbx + "termNote", new XAttribute("type", "administrativeStatus"), t.Status))));

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
