namespace TranslationFix.Core.Parsing;

/// <summary>
/// A data file (glossary, tfix.yaml, baseline, bilingual file, import) that cannot be read. The
/// message is one line, "path:line: reason" (no line when the file as a whole is wrong); the CLI
/// prints it as "tfix: …" and exits 2. Each reader has its own subclass; callers may catch this one.
/// </summary>
public class DataFormatException(string? path, int line, string reason)
    : Exception($"{path ?? "input"}{(line > 0 ? $":{line}" : "")}: {reason}")
{
    public string? Path { get; } = path;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
