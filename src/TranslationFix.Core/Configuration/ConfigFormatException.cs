using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Configuration;

/// <summary>A tfix.yaml is malformed; the message reads "path:line: reason".</summary>
public sealed class ConfigFormatException(string path, int line, string reason)
    : DataFormatException(path, Math.Max(1, line), reason)
{
    public new string Path => base.Path!;
}
