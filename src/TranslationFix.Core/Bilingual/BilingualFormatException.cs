namespace TranslationFix.Core.Bilingual;

/// <summary>A bilingual file that cannot be read; the message names the file and line.</summary>
public sealed class BilingualFormatException(string? path, int line, string reason)
    : Exception($"{path ?? "input"}{(line > 0 ? $":{line}" : "")}: {reason}")
{
    public string? Path { get; } = path;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
