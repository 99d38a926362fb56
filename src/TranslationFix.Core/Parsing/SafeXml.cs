using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TranslationFix.Core.Parsing;

/// <summary>
/// Reads an XML data file (XLIFF, TMX, TBX) within <see cref="InputLimits"/>: no external entity
/// or DTD is ever fetched, and a DOCTYPE that declares an external entity is refused (its text
/// would silently become empty); internal entities may expand to a bounded size; elements may
/// nest to a bounded depth (checked in a streaming pass before the tree is built). Errors carry a
/// real line (1 for a file with no content).
/// </summary>
public static class SafeXml
{
    private static readonly Regex ExternalEntity = new(@"<!ENTITY\s+(?:%\s*)?([^\s>]+)\s+(?:SYSTEM|PUBLIC)\b", RegexOptions.CultureInvariant);

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = InputLimits.MaxXmlEntityChars,
    };

    /// <param name="error">Makes the reader's own exception from a line and a reason.</param>
    public static XDocument Load(string xml, Func<int, string, Exception> error, LoadOptions options = LoadOptions.SetLineInfo)
    {
        if (InputLimits.TooLarge(xml.Length) is { } tooLarge) throw error(1, tooLarge);
        try
        {
            using (var reader = XmlReader.Create(new StringReader(xml), Settings))
            {
                while (reader.Read())
                {
                    int line = ((IXmlLineInfo)reader).LineNumber;
                    if (reader.NodeType == XmlNodeType.DocumentType && ExternalEntity.Match(reader.Value) is { Success: true } entity)
                        throw error(line, $"the DOCTYPE declares the external entity '{entity.Groups[1].Value}': external entities are not read");
                    if (reader.Depth > InputLimits.MaxXmlDepth)
                        throw error(line, $"elements nested more than {InputLimits.MaxXmlDepth} levels deep");
                }
            }
            using var tree = XmlReader.Create(new StringReader(xml), Settings);
            return XDocument.Load(tree, options | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw error(Math.Max(1, e.LineNumber), e.Message.Split('\n')[0].Trim());
        }
    }
}
