using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Glossary;

/// <summary>A glossary file is malformed; the message reads "path:line: reason".</summary>
public sealed class GlossaryFormatException(string path, int line, string reason)
    : DataFormatException(path, Math.Max(1, line), reason)
{
    public new string Path => base.Path!;
}
