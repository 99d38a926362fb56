namespace TranslationFix.Core.Glossary;

/// <summary>A glossary file is malformed; the message reads "path:line: reason".</summary>
public sealed class GlossaryFormatException(string path, int line, string reason)
    : Exception($"{path}:{line}: {reason}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
