namespace TranslationFix.Core.Configuration;

/// <summary>A tfix.yaml is malformed; the message reads "path:line: reason".</summary>
public sealed class ConfigFormatException(string path, int line, string reason)
    : Exception($"{path}:{line}: {reason}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
}
